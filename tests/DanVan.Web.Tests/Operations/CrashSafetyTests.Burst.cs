using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;

namespace DanVan.Web.Tests.Operations;

/// <summary>The burst: each head saves numbered texts through the report form, two of them submit, the kill lands during a POST.</summary>
public sealed partial class CrashSafetyTests
{
    /// <summary>POSTs sent and not answered yet: the kill waits for one, so that it lands while the portal is handling a write.</summary>
    private static int _postsInFlight;

    /// <summary>
    /// One head: starts the report if needed, then saves it again and again with numbered texts; workers 0 and 1 submit
    /// after <see cref="SavesBeforeSubmitting"/> saves. Ends when the portal is gone; returns a failure, or null.
    /// </summary>
    private static async Task<string?> WorkAsync(int worker, HttpClient client, int periodId, ConcurrentQueue<Write> acknowledged, ConcurrentDictionary<int, int> sent, CancellationToken killed)
    {
        try
        {
            var page = await HtmlPage.GetAsync(client, $"/Reports/Edit/{periodId}");
            if (page.Document.QuerySelector("[data-testid=start-report-form]") is not null)
            {
                var started = await page.PostFormAsync(client, "[data-testid=start-report-form]", new Dictionary<string, string>());
                Expect(started, $"/Reports/Edit/{periodId}", worker, "start");
                acknowledged.Enqueue(new Write(worker, WriteKind.Start, 0));
            }

            for (var seq = 1; !killed.IsCancellationRequested; seq++)
            {
                page = await HtmlPage.GetAsync(client, $"/Reports/Edit/{periodId}");
                var submit = worker < 2 && seq == SavesBeforeSubmitting + 1;
                sent[worker] = seq;
                Interlocked.Increment(ref _postsInFlight);
                HttpResponseMessage response;
                try
                {
                    response = await ReportEditor.PostAsync(client, page, submit ? "Submit" : "Save", fields =>
                    {
                        fields["Input.OverallAssessment"] = Marker(worker, seq);
                        fields[$"{ReportEditor.Line(0)}.Results"] = $"Kết quả {Marker(worker, seq)}";
                    });
                }
                finally
                {
                    Interlocked.Decrement(ref _postsInFlight);
                }

                Expect(response, submit ? "/Reports/Details/" : $"/Reports/Edit/{periodId}", worker, submit ? "submit" : "save");
                acknowledged.Enqueue(new Write(worker, submit ? WriteKind.Submit : WriteKind.Save, seq));
                if (submit)
                {
                    return null;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            return killed.IsCancellationRequested || ex is not TaskCanceledException ? null : $"Worker {worker}: {ex.Message}";
        }
    }

    /// <summary>Waits, on a thread of its own, for a POST to be sent, and a few milliseconds more so that the portal is handling it.</summary>
    private static void KillDuringAPost()
    {
        var spin = new SpinWait();
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref _postsInFlight) == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            spin.SpinOnce();
        }

        Thread.Sleep(5);
    }

    private static void Expect(HttpResponseMessage response, string location, int worker, string what)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith(location, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Worker {worker}'s {what} was answered {(int)response.StatusCode} {response.Headers.Location}.");
        }
    }

    /// <summary>A text that names its writer and number, ASCII so that it reads the same in every JSON column.</summary>
    private static string Marker(int worker, int seq) => $"[crash-{worker}-{seq}]";

    private enum WriteKind
    {
        Start,
        Save,
        Submit,
    }

    private sealed record Write(int Worker, WriteKind Kind, int Seq);
}
