using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace DanVan.Web.Authorization.TwoFactor;

/// <summary>Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), and the Base32 of their keys.</summary>
public static class Totp
{
    public static readonly TimeSpan StepLength = TimeSpan.FromSeconds(30);

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The number of the 30-second step an instant falls in (steps count from the Unix epoch).</summary>
    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / (long)StepLength.TotalSeconds;

    /// <summary>The six-digit code of a step (RFC 4226 dynamic truncation).</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 6238 as authenticator apps implement it is HMAC-SHA1; its security does not rest on SHA-1's collision resistance.")]
    public static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary;
    }

    /// <summary>A code as a person types it: six digits, spaces and hyphens ignored.</summary>
    public static bool TryParse(string? typed, out int code)
    {
        code = 0;
        var digits = (typed ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out code);
    }

    /// <summary>Decodes Base32 (RFC 4648, no padding required, case and spaces ignored), as Identity stores authenticator keys.</summary>
    public static byte[] FromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new byte[clean.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The key is not Base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[index++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes;
    }
}
