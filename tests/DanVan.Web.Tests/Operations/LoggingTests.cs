using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Operations;

/// <summary>Requests are logged to the rolling files; passwords never are.</summary>
[Collection(SerialCollection.Name)]
public sealed class LoggingTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Sign_in_attempts_are_logged_without_the_passwords()
    {
        const string wrongPassword = "Sai#MatKhau-9173";
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(client, DemoAccounts.BaDinhReviewer, wrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, DemoAccounts.BaDinhReviewer, DemoAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var logs = await ReadLogsUntilAsync(text => text.Contains("POST /Account/Login", StringComparison.Ordinal) && text.Contains("GET / ", StringComparison.Ordinal));

        Assert.Equal(2, logs.Split("POST /Account/Login").Length - 1);
        Assert.DoesNotContain(wrongPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_says_each_step_and_when_the_portal_is_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);

        var logs = await ReadLogsUntilAsync(text => text.Contains("DanVan is ready", StringComparison.Ordinal));

        var steps = new[] { "Preparing the database", "Database ready", "Seeding (demo data", "Seeding done", "DanVan is ready" }
            .Select(step => logs.IndexOf(step, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, steps);
        Assert.Equal(steps.Order(), steps);
    }

    /// <summary>The logger writes after the response has gone, so wait (briefly) for the entries to land.</summary>
    private async Task<string> ReadLogsUntilAsync(Func<string, bool> complete)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !complete(text); attempt++)
        {
            await Task.Delay(100);
            text = string.Empty;
            foreach (var file in Directory.Exists(factory.LogFolder) ? Directory.GetFiles(factory.LogFolder, "*", SearchOption.AllDirectories) : [])
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                text += await reader.ReadToEndAsync();
            }
        }

        Assert.True(complete(text), $"The logs in {factory.LogFolder} never showed what was awaited:\n{text}");
        return text;
    }
}
