using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Hosting;

/// <summary>
/// <c>dotnet DanVan.Web.dll create-admin --email E --name "Full name" --agency CODE</c>: creates the first administrator
/// of a production database. The password is read from DANVAN_ADMIN_PASSWORD or typed at a hidden prompt, never taken
/// from the command line.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "DANVAN_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        var fullName = Option(args, "--name") ?? email;
        var agencyCode = Option(args, "--agency") ?? "HN-BCSD";
        if (email is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} --email <e-mail> [--name \"Full name\"] [--agency <agency code>]; password from {PasswordVariable} or the prompt.");
            return 2;
        }

        await DatabaseInitializer.InitializeAsync(services, includeDemo: false, CancellationToken.None);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == agencyCode);
        if (agency is null)
        {
            await Console.Error.WriteLineAsync($"No agency has the code {agencyCode}.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadHidden("Password: ");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName!, AgencyId = agency.Id };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Administrator);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? string.Empty;
        }

        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
