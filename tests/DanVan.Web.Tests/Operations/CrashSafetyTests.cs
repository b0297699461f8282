using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Testing;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// The built portal, run as a separate process (Testing environment, demo data, its clock stopped at
/// <see cref="TestClock.Now"/> by Clock:FixedUtc, a SQLite file of its own), is killed with SIGKILL in the middle of a
/// burst of saves and submissions by four agency heads signed in over HTTPS; restarted on the same file, it has every
/// write it acknowledged (a redirect after the POST), and PRAGMA integrity_check is ok.
/// </summary>
public sealed partial class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Four heads, one agency each (two drafts of the demo, two reports started here); the first two submit after five saves.</summary>
    private static readonly string[] Heads = [DemoAccounts.HangBacHead, DemoAccounts.CityHead, DemoAccounts.HoanKiemHead, DemoAccounts.PhucXaHead];

    private const int SavesBeforeSubmitting = 5;

    private const int SavesBeforeKill = 30;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-crash", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "danvan.db");

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_mid_burst_and_the_file_is_intact()
    {
        Directory.CreateDirectory(_folder);
        var clock = Stopwatch.StartNew();
        var acknowledged = new ConcurrentQueue<Write>();
        var sent = new ConcurrentDictionary<int, int>();
        int periodId;

        await using (var portal = await PortalProcess.StartAsync(_folder, Settings()))
        {
            output.WriteLine($"Portal ready after {clock.Elapsed.TotalSeconds:0.0} s.");
            var clients = await Task.WhenAll(Heads.Select(head => SignedInAsync(portal, head)));
            output.WriteLine($"Signed in after {clock.Elapsed.TotalSeconds:0.0} s.");
            periodId = await PortalFolder.CurrentPeriodIdAsync(clients[0]);
            using var killed = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Heads.Length).Select(i => Task.Run(() => WorkAsync(i, clients[i], periodId, acknowledged, sent, killed.Token))).ToList();

            await UntilAsync(() => acknowledged.Count(w => w.Kind == WriteKind.Save) >= SavesBeforeKill && acknowledged.Count(w => w.Kind == WriteKind.Submit) == 2, workers);
            await Task.Factory.StartNew(KillDuringAPost, TaskCreationOptions.LongRunning);
            await portal.KillAsync();
            await killed.CancelAsync();
            await Task.WhenAll(workers);
            Assert.All(workers.Where(w => w.Result is not null), w => Assert.Fail(w.Result));
            var inFlight = sent.Count(s => !acknowledged.Any(w => w.Worker == s.Key && w.Seq == s.Value));
            output.WriteLine($"Killed after {clock.Elapsed.TotalSeconds:0.0} s with {acknowledged.Count} acknowledged writes ({acknowledged.Count(w => w.Kind == WriteKind.Save)} saves) and {inFlight} posts sent but not acknowledged.");
        }

        await using var restarted = await PortalProcess.StartAsync(_folder, Settings());
        output.WriteLine($"Restarted after {clock.Elapsed.TotalSeconds:0.0} s.");
        var writes = acknowledged.ToList();

        Assert.Equal("ok", Scalar("PRAGMA integrity_check;"));
        var missing = writes.Where(w => !IsStored(w)).Select(w => w.ToString()).ToList();
        Assert.True(missing.Count == 0, $"Acknowledged but missing after the restart: {string.Join(", ", missing)}");
        foreach (var worker in writes.Where(w => w.Kind == WriteKind.Save).GroupBy(w => w.Worker).Where(g => writes.All(w => w.Worker != g.Key || w.Kind != WriteKind.Submit)))
        {
            // The report holds the last acknowledged save or the one in flight at the kill, never half of one: its audit entry is there too.
            var last = worker.Max(w => w.Seq);
            var stored = SeqOf(await AssessmentOverHttpAsync(restarted, Heads[worker.Key], periodId), worker.Key);
            Assert.InRange(stored, last, sent[worker.Key]);
            Assert.True(IsStored(new Write(worker.Key, WriteKind.Save, stored)), $"Worker {worker.Key}'s save {stored} is in the report but not in the audit trail.");
        }

        output.WriteLine($"{writes.Count} acknowledged writes checked after the restart ({writes.Count(w => w.Kind == WriteKind.Save)} saves, {writes.Count(w => w.Kind == WriteKind.Submit)} submissions, {writes.Count(w => w.Kind == WriteKind.Start)} starts) in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    public void Dispose() => PortalFolder.Delete(_folder);

    /// <summary>Whether an acknowledged write is in the database: its report, its audit entry, its submitted version.</summary>
    private bool IsStored(Write write)
    {
        var agency = $"(SELECT a.Id FROM Agencies a JOIN AspNetUsers u ON u.AgencyId = a.Id WHERE u.UserName = '{Heads[write.Worker]}')";
        var report = $"(SELECT r.Id FROM ProgressReports r JOIN ReportingPeriods p ON p.Id = r.PeriodId WHERE r.AgencyId = {agency} AND p.Kind = 'Quarter' AND p.Year = 2026 AND p.Number = 4)";
        var marker = Marker(write.Worker, write.Seq);
        return write.Kind switch
        {
            WriteKind.Start => Scalar($"SELECT count(*) FROM ProgressReports WHERE Id = {report};") == "1",
            WriteKind.Save => Scalar($"SELECT count(*) FROM AuditEntries WHERE Action = 'report.save' AND EntityId = CAST({report} AS TEXT) AND After LIKE '%{marker}%';") == "1",
            _ => Scalar($"SELECT count(*) FROM ProgressReports WHERE Id = {report} AND Status = 'Submitted' AND Version = 1;") == "1"
                && Scalar($"SELECT count(*) FROM ReportVersions WHERE ReportId = {report} AND Number = 1 AND Content LIKE '%{marker}%';") == "1"
                && Scalar($"SELECT count(*) FROM AuditEntries WHERE Action = 'report.submit' AND EntityId = CAST({report} AS TEXT);") == "1",
        };
    }

    private string Scalar(string sql) => PortalFolder.Scalar(DatabasePath, sql);

    private Dictionary<string, string> Settings() => new()
    {
        ["ConnectionStrings:DanVan"] = $"Data Source={DatabasePath}",
        ["Seed:Demo"] = "true",
        ["Seed:Hanoi2025"] = "false",
        ["Notifications:Enabled"] = "false",
        ["Clock:FixedUtc"] = TestClock.Now.ToString("O", CultureInfo.InvariantCulture),
        ["Logging:File:Path"] = Path.Combine(_folder, "logs", "danvan-.log"),
        ["Evidence:Path"] = Path.Combine(_folder, "evidence"),
        ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
    };

    private static async Task<HttpClient> SignedInAsync(PortalProcess portal, string email)
    {
        var client = portal.CreateClient();
        var response = await SignIn.PostLoginAsync(client, email, DemoAccounts.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email}: {(int)response.StatusCode}");
        return client;
    }

    private static async Task<string> AssessmentOverHttpAsync(PortalProcess portal, string email, int periodId)
    {
        using var client = await SignedInAsync(portal, email);
        var page = await HtmlPage.GetAsync(client, $"/Reports/Edit/{periodId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return ReportEditor.ValueOf(page, "Input.OverallAssessment") ?? string.Empty;
    }

    private static async Task UntilAsync(Func<bool> condition, IReadOnlyList<Task<string?>> workers)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (workers.Any(w => w.IsCompleted && w.Result is not null))
            {
                Assert.Fail(workers.First(w => w.IsCompleted && w.Result is not null).Result);
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The burst did not reach its size within a minute.");
            await Task.Delay(5);
        }
    }

    private static int SeqOf(string assessment, int worker)
    {
        var prefix = $"[crash-{worker}-";
        Assert.StartsWith(prefix, assessment, StringComparison.Ordinal);
        return int.Parse(assessment[prefix.Length..^1], CultureInfo.InvariantCulture);
    }
}
