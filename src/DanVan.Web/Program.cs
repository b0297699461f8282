using DanVan.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDanVanLogging();
builder.AddDanVanServices();

var app = builder.Build();
if (AdminCommand.IsRequested(args))
{
    return await AdminCommand.RunAsync(app.Services, args);
}

if (BackupCommand.IsRequested(args))
{
    return await BackupCommand.RunAsync(app.Services, args);
}

if (MigrateCommand.IsRequested(args))
{
    return await MigrateCommand.RunAsync(app);
}

if (app.Configuration.GetValue("Database:InitializeAtStartup", true))
{
    await app.InitializeDatabaseAsync();
}
else
{
    await MigrateCommand.WaitForMigratedDatabaseAsync(app);
}

app.UseDanVanPipeline();
app.LogWhenReady();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
