using System.Security.Cryptography;

namespace DanVan.Web.Pages.Admin.Users;

/// <summary>
/// A random password an administrator hands to a user, who must replace it at first sign-in. It always has an upper-case
/// letter, a lower-case letter, a digit and a symbol, and leaves out characters that are easy to misread (O/0, l/1/I).
/// </summary>
public static class TemporaryPassword
{
    public const int Length = 14;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%*?-+=";
    private const string Any = Upper + Lower + Digits + Symbols;

    public static string Generate()
    {
        var chars = new char[Length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
        {
            chars[i] = Pick(Any);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
