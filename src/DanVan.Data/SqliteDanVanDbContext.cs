using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>The embedded default provider; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDanVanDbContext(DbContextOptions<SqliteDanVanDbContext> options) : DanVanDbContext(options);
