using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Auditing;

/// <summary>
/// A signed-in portal with a known set of audit entries in January 2026 (the portal's own entries are written at the
/// tests' clock, in November 2026, so a January range holds only these) and 45 in February 2026 for paging.
/// </summary>
public sealed class AuditViewerFactory : SignedInFactory
{
    private readonly Lazy<Task<Entries>> _entries;

    public AuditViewerFactory() => _entries = new(SeedAsync);

    public Task<Entries> EntriesAsync() => _entries.Value;

    private async Task<Entries> SeedAsync()
    {
        var hangBacReport = await this.ReportKeyAsync(AuditSeed.HangBac);
        var phucXaReport = await this.ReportKeyAsync("HN-BD-PX-UBND");
        var assignment = await this.AssignmentKeyAsync(AuditSeed.HangBac);
        var phucXaUser = await this.UserIdAsync(DemoAccounts.PhucXaHead);
        var agency = await this.AddAsync(DemoAccounts.Admin, new(2026, 1, 5, 3, 0, 0), "agency.update", "Agency", AuditSeed.HangBac,
            """{"name":"UBND phường Hàng Bạc","headName":"Dương Văn Nam"}""", """{"name":"UBND phường Hàng Bạc","headName":"Phạm Văn Đức"}""");

        // 23:30 on 10 January in Hanoi, and 00:30 on 11 January: one hour apart, on two Hanoi days.
        var save = await this.AddAsync(DemoAccounts.HangBacHead, new(2026, 1, 10, 16, 30, 0), "report.save", "ProgressReport", hangBacReport,
            """{"overallAssessment":"Cũ"}""", """{"overallAssessment":"<script>alert('x')</script><b>Mới</b>"}""");
        var change = await this.AddAsync(DemoAccounts.Admin, new(2026, 1, 10, 17, 30, 0), "assignment.change", "Assignment", assignment,
            """{"role":"Lead","dueOn":null}""", """{"role":"Supporting","dueOn":null}""");
        var accept = await this.AddAsync(DemoAccounts.BaDinhReviewer, new(2026, 1, 20, 2, 0, 0), "report.accept", "ProgressReport", phucXaReport,
            """{"status":"Submitted"}""", """{"status":"Accepted","comment":null}""");
        var lockUser = await this.AddAsync(DemoAccounts.Admin, new(2026, 1, 25, 2, 0, 0), "user.lock", "ApplicationUser", phucXaUser, """{"locked":false}""", """{"locked":true}""");
        var removed = await this.AddAsync(DemoAccounts.Admin, new(2026, 1, 26, 2, 0, 0), "assignment.remove", "Assignment", "999999",
            """{"taskNumber":"1","agencyCode":"HN-HK-HB-UBND","role":"Lead","dueOn":null}""", null);
        var paged = new List<long>();
        for (var i = 0; i < 45; i++)
        {
            paged.Add(await this.AddAsync(DemoAccounts.Admin, new DateTime(2026, 2, 1, 2, 0, 0).AddMinutes(i * 10), "directive.update", "Directive", "1",
                $$"""{"title":"Tiêu đề {{i}}"}""", $$"""{"title":"Tiêu đề {{i + 1}}"}"""));
        }

        paged.Reverse();
        return new Entries(agency, save, change, accept, lockUser, removed, paged);
    }

    /// <summary>The January entries by what they are, and the February ones newest first.</summary>
    public sealed record Entries(long Agency, long Save, long Change, long Accept, long Lock, long Removed, IReadOnlyList<long> PagedNewestFirst)
    {
        public IReadOnlyList<long> JanuaryNewestFirst => [Removed, Lock, Accept, Change, Save, Agency];
    }
}
