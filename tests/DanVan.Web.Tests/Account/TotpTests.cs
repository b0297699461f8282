using DanVan.Web.Authorization.TwoFactor;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Account;

/// <summary>The portal's TOTP and the test's own helper both give RFC 6238's SHA-1 test vectors (secret "12345678901234567890").</summary>
public sealed class TotpTests
{
    private static readonly byte[] Secret = "12345678901234567890"u8.ToArray();

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    public void Codes_match_the_rfc_test_vectors(long unixSeconds, string eightDigits)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Assert.Equal(eightDigits, TotpCode.ForStep(Secret, step, digits: 8));
        Assert.Equal(eightDigits[2..], Totp.Code(Secret, step).ToString("000000", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Base32_keys_decode_alike_in_the_portal_and_the_test()
    {
        const string key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // Base32 of the RFC secret
        Assert.Equal(Secret, Totp.FromBase32(key));
        Assert.Equal(Secret, TotpCode.Base32(AuthenticatorEnrolment.Group(key)));
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData("123 456", true)]
    [InlineData("12345", false)]
    [InlineData("12345a", false)]
    [InlineData("١٢٣٤٥٦", false)]
    public void Typed_codes_are_six_ascii_digits_spaces_ignored(string typed, bool valid) =>
        Assert.Equal(valid, Totp.TryParse(typed, out _));
}
