using DanVan.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVan.Data;

/// <summary>
/// The audit table is append-only: a save that would modify or delete an <see cref="AuditEntry"/> is refused before anything
/// is written (both SaveChanges and SaveChangesAsync go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>), and
/// <see cref="AuditAppendOnlyInterceptor"/> refuses the commands that would do it any other way (ExecuteUpdate, ExecuteDelete,
/// raw SQL).
/// </summary>
public abstract partial class DanVanDbContext
{
    /// <summary>
    /// Adds the interceptor to options that lack it (a context built outside the portal's registration, which adds it
    /// itself: a pooled context's options must not change here).
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        base.OnConfiguring(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(AuditAppendOnlyInterceptor.Instance) != true)
        {
            optionsBuilder.AddInterceptors(AuditAppendOnlyInterceptor.Instance);
        }
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(AuditAppendOnlyInterceptor.Message);
        }
    }
}
