using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// What the last seeding at start-up was run for, kept as a portal setting: this build of the seed (the data and domain
/// assemblies' module version ids, which a deterministic build derives from their content, so any change to the seed
/// lists, the roles or the seeder gives new ones), whether the demo and Hanoi's 2025 restructuring were asked for, and
/// the quarter it ran in (the seeder adds the current quarter's period). A start whose record matches has nothing to
/// add and skips the seeder's queries, about a second of a start on a Hanoi-size database; any difference runs it again,
/// and the seeder still adds only what is missing.
/// </summary>
public static class SeedRecord
{
    public const string Key = "Seed.Record";

    public static string Of(bool includeDemo, bool restructured2025, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var quarter = ReportingPeriod.QuarterContaining(Hanoi.Today(clock));
        return FormattableString.Invariant(
            $"data {typeof(SeedRecord).Module.ModuleVersionId:N}; domain {typeof(Hanoi).Module.ModuleVersionId:N}; demo {includeDemo}; hanoi-2025 {restructured2025}; quarter {quarter.Year}-{quarter.Number}");
    }

    public static Task<bool> IsCurrentAsync(DanVanDbContext db, string record, CancellationToken ct) =>
        db.PortalSettings.AnyAsync(s => s.Key == Key && s.Value == record, ct);

    public static async Task WriteAsync(DanVanDbContext db, string record, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var setting = await db.PortalSettings.SingleOrDefaultAsync(s => s.Key == Key, ct);
        if (setting is null)
        {
            db.PortalSettings.Add(PortalSetting.Create(Key, record, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            setting.Change(record, clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
    }
}
