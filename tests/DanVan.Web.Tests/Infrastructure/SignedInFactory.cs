using System.Collections.Concurrent;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// A <see cref="DanVanFactory"/> that keeps one signed-in client per demo account, so that a class with many requests
/// pays for each sign-in (Identity's password hashing) once. Only for tests that do not sign out or change the account.
/// </summary>
public class SignedInFactory : DanVanFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.OrdinalIgnoreCase);

    public SignedInFactory()
    {
    }

    /// <summary>A portal on the folder of an earlier one, as after a restart.</summary>
    protected SignedInFactory(string folder)
        : base(folder)
    {
    }

    /// <summary>The shared client signed in as <paramref name="email"/> (a demo account).</summary>
    public Task<HttpClient> ClientAsync(string email) =>
        _clients.GetOrAdd(email, e => new Lazy<Task<HttpClient>>(() => SignIn.AsAsync(this, e))).Value;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
            {
                client.Value.Result.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
