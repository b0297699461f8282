using System.Security.Cryptography;
using System.Text;
using DanVan.Domain.Organization;

namespace DanVan.Domain.Access;

/// <summary>
/// A system allowed to read the API: a name, the unit whose subtree it may read, an expiry. Its key is
/// <c>dvk_{KeyId}_{secret}</c>: the key id finds the client, the secret (32 random bytes) is stored only as its SHA-256
/// and compared in constant time. The secret is shown once, when the client is created; a revoked client is refused
/// from the next request on.
/// </summary>
public sealed class ApiClient
{
    public const int NameLength = 200;
    public const int KeyIdLength = 16;
    public const string KeyPrefix = "dvk_";

    private ApiClient()
    {
        Name = string.Empty;
        KeyId = string.Empty;
        SecretHash = [];
        CreatedByName = string.Empty;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The public part of the key, to find the client in one indexed lookup.</summary>
    public string KeyId { get; private set; }

    /// <summary>SHA-256 of the secret part of the key.</summary>
    public byte[] SecretHash { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByName { get; private set; }

    /// <summary>The instant from which the key is refused.</summary>
    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>Creates a client and its key; the key is returned once and never stored.</summary>
    public static (ApiClient Client, string Key) Create(string name, AdministrativeUnit unit, DateTime expiresAtUtc, Actor actor, DateTime nowUtc)
    {
        if (expiresAtUtc <= nowUtc)
        {
            throw new DomainException("apiClient.expiry");
        }

        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Name = Guard.Text(name, NameLength, "apiClient.name"),
            KeyId = keyId,
            SecretHash = Hash(secret),
            Unit = unit,
            UnitId = unit.Id,
            CreatedAtUtc = nowUtc,
            CreatedByName = actor.Name,
            ExpiresAtUtc = expiresAtUtc,
        };
        return (client, $"{KeyPrefix}{keyId}_{secret}");
    }

    /// <summary>The key id and secret of a presented key, or null when it does not have the key's shape.</summary>
    public static (string KeyId, string Secret)? Parse(string? key)
    {
        if (key is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 128)
        {
            return null;
        }

        var rest = key[KeyPrefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        return separator == KeyIdLength && rest.Length > separator + 1 ? (rest[..separator], rest[(separator + 1)..]) : null;
    }

    /// <summary>Whether the secret is this client's, compared in constant time.</summary>
    public bool HasSecret(string secret) => CryptographicOperations.FixedTimeEquals(Hash(secret), SecretHash);

    public bool IsActiveAt(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Revoke(DateTime nowUtc)
    {
        if (RevokedAtUtc is not null)
        {
            throw new DomainException("apiClient.revoked");
        }

        RevokedAtUtc = nowUtc;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
