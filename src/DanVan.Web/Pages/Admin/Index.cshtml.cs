using DanVan.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin;

/// <summary>The administrators' start page, with the size of what they manage.</summary>
public sealed class IndexModel(DanVanDbContext db) : PageModel
{
    public int UserCount { get; private set; }

    public int UnitCount { get; private set; }

    public int AgencyCount { get; private set; }

    public int DirectiveCount { get; private set; }

    public int PeriodCount { get; private set; }

    public int AssignmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        UserCount = await db.Users.CountAsync(ct);
        UnitCount = await db.Units.CountAsync(ct);
        AgencyCount = await db.Agencies.CountAsync(ct);
        DirectiveCount = await db.Directives.CountAsync(ct);
        PeriodCount = await db.Periods.CountAsync(ct);
        AssignmentCount = await db.Assignments.CountAsync(ct);
    }
}
