using DanVan.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>
/// The audit table is append-only: a save that would modify or delete an <see cref="AuditEntry"/> is refused before anything
/// is written (both SaveChanges and SaveChangesAsync go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>), and
/// <see cref="AuditAppendOnlyInterceptor"/> refuses the commands that would do it any other way (ExecuteUpdate, ExecuteDelete,
/// raw SQL).
/// </summary>
public abstract partial class DanVanDbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(AuditAppendOnlyInterceptor.Instance);
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(AuditAppendOnlyInterceptor.Message);
        }
    }
}
