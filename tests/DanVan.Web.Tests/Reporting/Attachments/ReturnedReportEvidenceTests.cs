using System.Globalization;
using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>
/// A report returned to its agency keeps the evidence it was submitted with: only a file attached since the last submission
/// (the draft's own) may be deleted, so what a reviewer saw is never hard-deleted.
/// </summary>
public sealed class ReturnedReportEvidenceTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task A_returned_report_keeps_the_files_it_was_submitted_with_and_may_delete_those_added_since()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(client, reportId, "Biên bản đã gửi.pdf", Evidence.Pdf)).StatusCode);
        var submitted = Assert.Single(await Evidence.AttachmentsAsync(factory, reportId));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await SubmitAndReturnAsync(reportId);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(client, reportId, "Bổ sung sau khi bị trả lại.pdf", Evidence.Pdf)).StatusCode);
        var added = (await Evidence.AttachmentsAsync(factory, reportId)).Single(a => a.Id != submitted.Id);

        var page = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var deletable = page.Document.QuerySelectorAll("form[data-testid=delete-form] input[name=attachmentId]").Select(i => i.GetAttribute("value")).ToList();
        var refused = await Evidence.DeleteAsync(client, reportId, submitted.Id, confirm: true);

        Assert.Equal([Id(added.Id)], deletable);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Evidence.Vi("attachment.submitted"), (await HtmlPage.ParseAsync(refused)).Text, StringComparison.Ordinal);
        Assert.Contains(await Evidence.AttachmentsAsync(factory, reportId), a => a.Id == submitted.Id);
        Assert.True(File.Exists(Path.Combine(Evidence.Folder(factory), submitted.StoredName)));

        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.DeleteAsync(client, reportId, added.Id, confirm: true)).StatusCode);
        Assert.Equal([submitted.Id], (await Evidence.AttachmentsAsync(factory, reportId)).Select(a => a.Id));
        Assert.False(File.Exists(Path.Combine(Evidence.Folder(factory), added.StoredName)));
    }

    /// <summary>Submits the draft as its head and returns it as the district's reviewer, through the domain.</summary>
    private Task<int> SubmitAndReturnAsync(int reportId) => factory.QueryAsync(async db =>
    {
        var report = await db.Reports.WithContent().SingleAsync(r => r.Id == reportId);
        report.Submit(await ActorAsync(db, DemoAccounts.HangBacHead), factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        report.Return(await ActorAsync(db, DemoAccounts.HoanKiemReviewer), "Bổ sung biên bản.", factory.Clock.GetUtcNow().UtcDateTime);
        return await db.SaveChangesAsync();
    });

    private static async Task<Actor> ActorAsync(DanVanDbContext db, string userName)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, user.FullName);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
