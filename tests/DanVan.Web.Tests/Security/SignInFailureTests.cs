using System.Net;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// A failed sign-in tells nothing about the account: an unknown name, a wrong password and a locked account get the same
/// message, and each costs one password verification (an unknown or locked account is checked against a dummy hash), so
/// the time of the answer tells nothing either. Counted with a hasher that counts, not timed.
/// </summary>
public sealed class SignInFailureTests(SignInFailureTests.CountingFactory factory) : IClassFixture<SignInFailureTests.CountingFactory>
{
    private const string Password = "ThatBai@2026!";

    [Fact]
    public async Task Unknown_name_wrong_password_and_locked_account_get_the_same_message_and_cost_one_hash_each()
    {
        var known = await NewUserAsync("wrong");
        var locked = await NewUserAsync("locked");
        await LockAsync(locked);

        var unknown = await FailAsync("khong-ton-tai@danvan.local", Password);
        var wrong = await FailAsync(known, "Sai@MatKhau2026");
        var lockedOut = await FailAsync(locked, Password);

        Assert.Equal(RepositoryFiles.Vietnamese["The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."], unknown.Message);
        Assert.Equal(unknown.Message, wrong.Message);
        Assert.Equal(unknown.Message, lockedOut.Message);
        Assert.Equal((1, 1, 1), (unknown.Verifications, wrong.Verifications, lockedOut.Verifications));
    }

    [Fact]
    public async Task An_account_locked_by_failed_attempts_gets_the_same_message_as_a_wrong_password()
    {
        var email = await NewUserAsync("attempts");
        var messages = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            messages.Add((await FailAsync(email, $"Sai@MatKhau{attempt}")).Message);
        }

        var sixth = await FailAsync(email, Password);

        Assert.Single(messages.Append(sixth.Message).Distinct());
        Assert.Equal(1, sixth.Verifications);
    }

    private async Task<(string Message, int Verifications)> FailAsync(string email, string password)
    {
        using var client = factory.CreateBrowserLikeClient();
        var before = factory.Hasher.Verifications;
        var response = await SignIn.PostLoginAsync(client, email, password);
        var verifications = factory.Hasher.Verifications - before;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        return (page.Document.QuerySelector("[data-valmsg-summary] li, .validation-summary-errors li")?.TextContent.Trim() ?? string.Empty, verifications);
    }

    private async Task LockAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
    }

    private async Task<string> NewUserAsync(string name)
    {
        var email = $"failure.{name}@danvan.local";
        await factory.CreateUserAsync(email, Password, Roles.AgencyStaff, "HN-HK-HB-UBND", mustChangePassword: false);
        return email;
    }

    /// <summary>A password hasher that counts verifications, around Identity's own.</summary>
    public sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingFactory : DanVanFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }
}
