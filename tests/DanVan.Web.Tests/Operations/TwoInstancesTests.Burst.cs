using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;

namespace DanVan.Web.Tests.Operations;

/// <summary>The heads' side: signing in through nginx, saving and submitting through both instances, and what is checked per write.</summary>
public sealed partial class TwoInstancesTests
{
    private const int SavesBeforeSubmitting = 8;

    private static async Task<(HttpClient Client, string SignedInOn)> SignInAsync(NginxProcess nginx, string email)
    {
        var thumbprint = nginx.Thumbprint;
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint },
        };
        var client = new HttpClient(handler) { BaseAddress = nginx.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await SignIn.PostLoginAsync(client, email, DemoAccounts.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email}: {(int)response.StatusCode}");
        return (client, response.Headers.GetValues("X-DanVan-Node").Single());
    }

    /// <summary>
    /// One head, until stopped: starts the report if needed, saves numbered texts; heads 0 and 1 submit once they have
    /// saved after the kill. A request that fails (the instance died under it) is not acknowledged and is tried again; being
    /// sent to the sign-in page is a failure (the user was signed out). Returns a failure, or null.
    /// </summary>
    private static async Task<string?> WorkAsync(int worker, HttpClient client, int periodId, ConcurrentQueue<Write> acknowledged, Task killed, CancellationToken stop)
    {
        var seq = 0;
        var savedAfterKill = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var page = await HtmlPage.GetAsync(client, $"/Reports/Edit/{periodId}");
                if (page.StatusCode != HttpStatusCode.OK)
                {
                    if (page.Response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true)
                    {
                        return $"Head {worker} was signed out ({page.Response.Headers.Location}).";
                    }

                    continue;
                }

                if (page.Document.QuerySelector("[data-testid=start-report-form]") is not null)
                {
                    var started = await page.PostFormAsync(client, "[data-testid=start-report-form]", new Dictionary<string, string>());
                    if (Check(started, $"/Reports/Edit/{periodId}", worker) is { } startProblem)
                    {
                        return startProblem;
                    }

                    continue;
                }

                var submit = worker < 2 && savedAfterKill >= SavesBeforeSubmitting;
                var current = ++seq;
                var afterKill = killed.IsCompleted;
                var response = await ReportEditor.PostAsync(client, page, submit ? "Submit" : "Save", fields =>
                {
                    fields["Input.OverallAssessment"] = Marker(worker, current);
                    fields[$"{ReportEditor.Line(0)}.Results"] = $"Kết quả {Marker(worker, current)}";
                });
                if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable)
                {
                    continue;
                }

                if (Check(response, submit ? "/Reports/Details/" : $"/Reports/Edit/{periodId}", worker) is { } problem)
                {
                    return problem;
                }

                acknowledged.Enqueue(new Write(worker, submit ? WriteKind.Submit : WriteKind.Save, current, afterKill));
                savedAfterKill += afterKill ? 1 : 0;
                if (submit)
                {
                    return null;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }

        return null;
    }

    private static string? Check(HttpResponseMessage response, string location, int worker) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith(location, StringComparison.Ordinal) == true
            ? null
            : $"Head {worker}'s write was answered {(int)response.StatusCode} {response.Headers.Location}.";

    private static async Task UntilAsync(Func<bool> condition, IReadOnlyList<Task<string?>> workers)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (workers.FirstOrDefault(w => w.IsCompleted && w.Result is not null) is { } failed)
            {
                Assert.Fail(failed.Result);
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), "The burst did not reach its size within 90 s.");
            await Task.Delay(10);
        }
    }

    /// <summary>How many times the write is stored: a save's audit entry with its marker; a submission's version 1 of the report.</summary>
    private int Count(Write write)
    {
        var marker = Marker(write.Worker, write.Seq);
        var agency = $"(SELECT a.Id FROM Agencies a JOIN AspNetUsers u ON u.AgencyId = a.Id WHERE u.UserName = '{Heads[write.Worker]}')";
        var report = $"(SELECT r.Id FROM ProgressReports r JOIN ReportingPeriods p ON p.Id = r.PeriodId WHERE r.AgencyId = {agency} AND p.Kind = 'Quarter' AND p.Year = 2026 AND p.Number = 4)";
        return int.Parse(write.Kind == WriteKind.Save
            ? Scalar($"SELECT count(*) FROM AuditEntries WHERE Action = 'report.save' AND EntityId = CAST({report} AS TEXT) AND After LIKE '%{marker}%';")
            : Scalar($"SELECT count(*) FROM ReportVersions WHERE ReportId = {report} AND Content LIKE '%{marker}%';"), CultureInfo.InvariantCulture);
    }

    /// <summary>A text that names its writer and number, ASCII so that it reads the same in every JSON column.</summary>
    private static string Marker(int worker, int seq) => $"[two-{worker}-{seq}]";

    private enum WriteKind
    {
        Save,
        Submit,
    }

    private sealed record Write(int Worker, WriteKind Kind, int Seq, bool AfterKill);
}
