using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data;

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteDanVanDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDanVanDbContext>
{
    public SqliteDanVanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDanVanDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used by <c>dotnet ef migrations add … --context SqlServerDanVanDbContext</c>; never connects.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDanVanDbContext>
{
    public SqlServerDanVanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDanVanDbContext>().UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
