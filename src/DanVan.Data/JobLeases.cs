using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>
/// Takes or renews a <see cref="JobLease"/> with one conditional UPDATE (the rule of <see cref="JobLease.IsFreeFor"/>
/// written as SQL, so two instances racing for it cannot both win), or an INSERT when the job has never run; the
/// unique key settles a race between two first INSERTs.
/// </summary>
public static class JobLeases
{
    public static async Task<bool> TryHoldAsync(DanVanDbContext db, string name, string holder, TimeSpan duration, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expires = nowUtc + duration;
        var renewed = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUtc <= nowUtc))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, expires), ct);
        if (renewed == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.JobLeases.Add(JobLease.Create(name, holder, expires));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease up at once (an instance stopping), so another instance need not wait for it to expire.</summary>
    public static Task<int> ReleaseAsync(DanVanDbContext db, string name, string holder, DateTime nowUtc, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, nowUtc), ct);
}
