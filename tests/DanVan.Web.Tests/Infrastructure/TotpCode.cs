using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// The code an authenticator app shows, written here from RFC 6238 independently of the portal: HMAC-SHA1 of the
/// 30-second step since the Unix epoch, dynamic truncation, 6 digits; the key as the Base32 text the enrolment page shows.
/// </summary>
public static class TotpCode
{
    public static string At(string base32Key, DateTimeOffset instant) => ForStep(Base32(base32Key), instant.ToUnixTimeSeconds() / 30, digits: 6);

    /// <summary>The code of one step; 8 digits for the RFC's own test vectors.</summary>
    public static string ForStep(byte[] key, long step, int digits)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 is HMAC-SHA1, as authenticator apps compute it.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % (int)Math.Pow(10, digits)).ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()
            .Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
