using DanVan.Data;
using DanVan.Data.CompiledModels.Sqlite;
using DanVan.Data.CompiledModels.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// The portal starts on a compiled model per provider (src/DanVan.Data/CompiledModels), which spares it building the
/// model from the configurations at start-up. A compiled model is generated code: these tests fail when it no longer
/// matches the model the configurations build, and say how to generate it again.
/// </summary>
public sealed class CompiledModelTests
{

    [Fact]
    public void Sqlite_context_runs_on_the_compiled_model_and_it_matches_the_configurations()
    {
        using var db = new SqliteDanVanDbContext(new DbContextOptionsBuilder<SqliteDanVanDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.IsType<SqliteDanVanDbContextModel>(db.Model);
        AssertMatches(db, Regenerate(nameof(SqliteDanVanDbContext), "Sqlite"));
    }

    [Fact]
    public void Sql_server_context_runs_on_the_compiled_model_and_it_matches_the_configurations()
    {
        using var db = new SqlServerDanVanDbContext(new DbContextOptionsBuilder<SqlServerDanVanDbContext>()
            .UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True").Options);

        Assert.IsType<SqlServerDanVanDbContextModel>(db.Model);
        AssertMatches(db, Regenerate(nameof(SqlServerDanVanDbContext), "SqlServer"));
    }

    private static string Regenerate(string context, string folder) =>
        $"The compiled model is out of date: in src/DanVan.Data run dotnet ef dbcontext optimize --context {context} --output-dir CompiledModels/{folder} --namespace DanVan.Data.CompiledModels.{folder}";

    private static void AssertMatches(DanVanDbContext db, string message)
    {
        var compiled = db.Model;
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(compiled, configured);
        Assert.True(Shape(configured).SequenceEqual(Shape(compiled)), $"{message}. Differences: {string.Join("; ", Shape(configured).Except(Shape(compiled)).Concat(Shape(compiled).Except(Shape(configured))).Take(10))}");
    }

    /// <summary>
    /// What the portal runs on: every table's columns (store type, nullability), indexes and foreign keys, and every
    /// entity type's properties (CLR type, value converter, length), keys and navigations. (The read-optimized model
    /// lacks what EF's migration differ compares, so the comparison is made here.)
    /// </summary>
    private static List<string> Shape(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t => t.Columns
            .Select(c => $"{t.Name}.{c.Name} {c.StoreType} {c.IsNullable}")
            .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) {i.IsUnique} {i.Filter}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction}"))
            .Order(StringComparer.Ordinal)),
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => e.GetProperties()
            .Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name} {p.GetValueConverter()?.GetType().Name} {p.IsNullable} {p.GetMaxLength()}")
            .Concat(e.GetKeys().Select(k => $"{e.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
            .Concat(e.GetNavigations().Select(n => $"{e.Name} -> {n.Name}: {n.TargetEntityType.Name}"))
            .Concat(e.GetSkipNavigations().Select(n => $"{e.Name} ->> {n.Name}: {n.TargetEntityType.Name}"))
            .Order(StringComparer.Ordinal)),
    ];
}
