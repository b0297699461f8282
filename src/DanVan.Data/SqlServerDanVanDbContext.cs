using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>The production provider; migrations in Migrations/SqlServer.</summary>
public sealed class SqlServerDanVanDbContext(DbContextOptions<SqlServerDanVanDbContext> options) : DanVanDbContext(options);
