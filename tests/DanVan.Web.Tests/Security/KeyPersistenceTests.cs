using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// The Data Protection keys that protect cookies and antiforgery tokens live in the portal's database under a fixed
/// application name, so a sign-in survives a restart, even of a new release installed in another folder, and is
/// shared by every instance on the same database.
/// </summary>
public sealed class KeyPersistenceTests
{
    [Fact]
    public async Task A_cookie_issued_before_a_restart_in_a_new_release_folder_still_signs_in()
    {
        var folder = Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N"));
        string cookie;
        using (var before = new RestartedFactory(folder, contentRoot: null))
        {
            using var client = before.CreateBrowserLikeClient();
            var signIn = await SignIn.PostLoginAsync(client, DemoAccounts.HangBacViewer, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DanVan.Auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        var release = Directory.CreateDirectory(Path.Combine(folder, "release-2")).FullName;
        using var after = new RestartedFactory(folder, release);
        using var replay = after.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var home = await replay.SendAsync(request);

        Assert.Equal(release, after.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Nguyễn Minh Phương", (await HtmlPage.ParseAsync(home)).Document.QuerySelector("[data-testid=user-name]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_key_ring_is_kept_in_the_database_under_the_portals_application_name()
    {
        using var factory = new RestartedFactory(Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N")), contentRoot: null, deletesFolder: true);
        using var client = factory.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);

        Assert.Equal("DanVan", factory.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        var keys = await factory.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains(keys, xml => xml != null && xml.Contains("<key ", StringComparison.Ordinal));
    }

    /// <summary>A portal on <paramref name="folder"/>'s database, optionally run from another content root (a new release).</summary>
    private sealed class RestartedFactory(string folder, string? contentRoot, bool deletesFolder = false) : DanVanFactory(folder)
    {
        protected override bool DeletesFolder => deletesFolder || contentRoot is not null;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (contentRoot is not null)
            {
                builder.UseContentRoot(contentRoot);
            }
        }
    }
}
