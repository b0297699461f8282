using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>
/// Raises the <see cref="CatalogueVersion"/> in the transaction of every save that adds, changes or removes a directive,
/// task, indicator, unit, agency (or a version of either), assignment or period, so that what was kept under the version
/// read before is asked for under another key afterwards. Reports and their facts are not the catalogue: the facts carry
/// their own versions.
/// </summary>
public abstract partial class DanVanDbContext
{
    public DbSet<CatalogueVersion> CatalogueVersions => Set<CatalogueVersion>();

    private bool CatalogueChanged() =>
        ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity
            is Directive or DirectiveTask or Indicator or AdministrativeUnit or UnitVersion or Agency or AgencyVersion or Assignment or ReportingPeriod);

    private Task<int> RaiseCatalogueVersionAsync(CancellationToken ct) =>
        CatalogueVersions.Where(v => v.Id == CatalogueVersion.Row).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);
}
