using DanVan.Data.Identity;
using DanVan.Domain.Access;
using DanVan.Domain.Auditing;
using DanVan.Domain.Directives;
using DanVan.Domain.Importing;
using DanVan.Domain.Notifications;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;
using DanVan.Domain.Settings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>
/// The portal's database, Identity included. Each provider has a subclass (<see cref="SqliteDanVanDbContext"/>,
/// <see cref="SqlServerDanVanDbContext"/>) that owns its migration set; the application resolves this base type. It also
/// keeps the Data Protection key ring (<see cref="DataProtectionKeys"/>), so that cookies and antiforgery tokens survive a
/// restart, a new release and a second instance.
/// </summary>
public abstract partial class DanVanDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected DanVanDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Directive> Directives => Set<Directive>();

    public DbSet<DirectiveTask> DirectiveTasks => Set<DirectiveTask>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<UnitVersion> UnitVersions => Set<UnitVersion>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencyVersion> AgencyVersions => Set<AgencyVersion>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<ReportingPeriod> Periods => Set<ReportingPeriod>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    public DbSet<ReportLine> ReportLines => Set<ReportLine>();

    public DbSet<ReportTransition> ReportTransitions => Set<ReportTransition>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NoticeDelivery> NoticeDeliveries => Set<NoticeDelivery>();

    public DbSet<NoticeSettings> NoticeSettings => Set<NoticeSettings>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReportingFact> Facts => Set<ReportingFact>();

    public DbSet<ReportingFactLine> FactLines => Set<ReportingFactLine>();

    public DbSet<ReportingFactIndicator> FactIndicators => Set<ReportingFactIndicator>();

    public DbSet<ReportingFactText> FactTexts => Set<ReportingFactText>();

    public DbSet<ReportingFactVersion> FactVersions => Set<ReportingFactVersion>();

    public DbSet<ReportingFactChange> FactChanges => Set<ReportingFactChange>();

    /// <summary>Uploaded import files between their dry run and their import, and the passwords an import generated until downloaded.</summary>
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<PortalSetting> PortalSettings => Set<PortalSetting>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The systems allowed to read the API, with their hashed keys.</summary>
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    /// <summary>The Data Protection keys, mapped as the package maps them (the XML of a key has no fixed length).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DanVanDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
