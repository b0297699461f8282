using DanVan.Data;
using DanVan.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin;

/// <summary>The administrators' start page, with the size of what they manage.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    public int UserCount { get; private set; }

    public int UnitCount { get; private set; }

    public int AgencyCount { get; private set; }

    public int DirectiveCount { get; private set; }

    public int PeriodCount { get; private set; }

    public int AssignmentCount { get; private set; }

    /// <summary>Audit entries written today (a Hanoi day): a range on the AtUtc index, not a count of the whole trail.</summary>
    public int AuditTodayCount { get; private set; }

    /// <summary>Notice e-mails given up after every attempt (<see cref="Notices.IndexModel"/>).</summary>
    public int FailedEmailCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        UserCount = await db.Users.CountAsync(ct);
        UnitCount = await db.Units.CountAsync(ct);
        AgencyCount = await db.Agencies.CountAsync(ct);
        DirectiveCount = await db.Directives.CountAsync(ct);
        PeriodCount = await db.Periods.CountAsync(ct);
        AssignmentCount = await db.Assignments.CountAsync(ct);
        var startOfToday = Hanoi.EndOfDayUtc(Hanoi.Today(clock).AddDays(-1));
        AuditTodayCount = await db.AuditEntries.CountAsync(a => a.AtUtc >= startOfToday, ct);
        FailedEmailCount = await db.NoticeDeliveries.CountAsync(d => d.State == Domain.Notifications.DeliveryState.Failed, ct);
    }
}
