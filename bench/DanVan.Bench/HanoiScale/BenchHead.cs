using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// The agency head whose report form the runner opens and saves as a draft: an account (role AgencyHead) at the first
/// agency, by code, in the lower account's unit whose report of the current quarter is a draft. Created on the data set's
/// file the first time a run needs it (files generated before it existed lack it), then reused.
/// </summary>
internal static class BenchHead
{
    public const string Email = "bench.head@danvan.local";

    /// <summary>The current quarter's id, the head account being there.</summary>
    public static async Task<int> EnsureAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var today = Hanoi.Today(clock);
        var periodId = await db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.DataFrom <= today).OrderByDescending(p => p.DataFrom).Select(p => p.Id).FirstAsync(ct);
        var (head, lower) = (Email.ToUpperInvariant(), BenchAccounts.Lower.ToUpperInvariant());
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == head, ct))
        {
            return periodId;
        }

        var lowerAgency = await db.Users.Where(u => u.NormalizedEmail == lower).Select(u => u.AgencyId).SingleAsync(ct);
        var path = await db.Agencies.Where(a => a.Id == lowerAgency).Select(a => a.Unit!.Path).SingleAsync(ct);
        var agency = await db.Reports.Where(r => r.PeriodId == periodId && r.Status == ReportStatus.Draft && r.Agency!.Unit!.Path.StartsWith(path))
            .OrderBy(r => r.Agency!.Code).Select(r => r.Agency!.Code).FirstAsync(ct);
        await BenchAccounts.CreateAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), Email, "Đỗ Thị Hằng", Roles.AgencyHead, agency, ct);
        return periodId;
    }
}
