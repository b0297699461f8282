using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Auditing;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Reports;

/// <summary>Every transition of a report, its kept versions, and the field-by-field differences between two of them.</summary>
public sealed class HistoryModel(DanVanDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The value of <see cref="B"/> that stands for the draft being edited after a return.</summary>
    public const string Current = "current";

    public ProgressReport Report { get; private set; } = null!;

    /// <summary>The page of the report's audit entries shown below it.</summary>
    [BindProperty(SupportsGet = true, Name = AuditQueries.ReportPageParameter)]
    public int? AuditPage { get; set; }

    public PagedList<AuditRow> Audit { get; private set; } = null!;

    public PagedList<ReportTransition> Transitions { get; private set; } = null!;

    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    /// <summary>Whether the draft being edited after a return can be compared with a kept version.</summary>
    public bool CanCompareCurrent { get; private set; }

    /// <summary>The earlier version to compare: a version number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? A { get; set; }

    /// <summary>The later version to compare: a version number or <see cref="Current"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? B { get; set; }

    /// <summary>The differences from <see cref="A"/> to <see cref="B"/>; null when nothing is compared.</summary>
    public IReadOnlyList<ChangeRow>? Changes { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct)
    {
        var report = await db.Reports.WithContent().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        Report = report;
        Audit = await AuditQueries.ReportPageAsync(db, id, AuditPage, l, ct);
        Transitions = await PagedList<ReportTransition>.CreateAsync(
            db.ReportTransitions.AsNoTracking().Where(t => t.ReportId == id).OrderBy(t => t.AtUtc).ThenBy(t => t.Id), p, cancellationToken: ct);
        Versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == id).OrderBy(v => v.Number).ToListAsync(ct);
        CanCompareCurrent = report.IsEditable && Versions.Count > 0;
        if (A is null && B is null && Versions.Count > 0 && (Versions.Count > 1 || CanCompareCurrent))
        {
            A = Versions[^(Versions.Count > 1 ? 2 : 1)].Number.ToString(CultureInfo.InvariantCulture);
            B = Versions.Count > 1 ? Versions[^1].Number.ToString(CultureInfo.InvariantCulture) : Current;
        }

        if (A is not null || B is not null)
        {
            Compare();
        }

        return Page();
    }

    private void Compare()
    {
        if (Snapshot(A) is not { } before || Snapshot(B) is not { } after)
        {
            Problem = l["The versions to compare do not exist; choose them from the lists."];
            return;
        }

        Changes = VersionChanges.Between(before, after, l);
    }

    private ReportSnapshot? Snapshot(string? key) =>
        key == Current
            ? CanCompareCurrent ? ReportSnapshot.Of(Report) : null
            : int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Versions.FirstOrDefault(v => v.Number == number)?.Snapshot : null;
}
