using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Bench.Memory;

/// <summary>
/// The built portal (src/DanVan.Web/bin/Release/net10.0/DanVan.Web.dll) as a separate <c>dotnet</c> process on a free
/// loopback port over plain HTTP, configured by environment variables as deploy/two-instances.sh configures an instance
/// behind nginx, plus the bench's settings (no demo seeding, no notices, the sign-in limits lifted, request logs off) and
/// any <c>--env NAME=VALUE</c> given (a GC setting to try). Its logs and evidence go to a temporary folder.
/// </summary>
internal sealed class PortalChild : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalChild(Process process, Uri baseAddress, string folder)
    {
        _process = process;
        BaseAddress = baseAddress;
        Folder = folder;
    }

    public Uri BaseAddress { get; }

    public string Folder { get; }

    public int Id => _process.Id;

    public string OutputTail => string.Join('\n', _output.TakeLast(30));

    /// <summary>Starts the portal, or with <paramref name="command"/> one of its commands (migrate), which ends by itself.</summary>
    public static PortalChild Start(string root, string databasePath, IReadOnlyDictionary<string, string> extra, string? command = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "danvan-memory", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(root, "src", "DanVan.Web", "bin", "Release", "net10.0", "DanVan.Web.dll"));
        if (command is not null)
        {
            info.ArgumentList.Add(command);
        }

        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_CONTENTROOT"] = Path.Combine(root, "src", "DanVan.Web"),
            ["ConnectionStrings__DanVan"] = $"Data Source={databasePath}",
            ["Evidence__Path"] = Path.Combine(folder, "evidence"),
            ["Logging__File__Path"] = Path.Combine(folder, "logs", "danvan-.log"),
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}",
            ["Seed__Demo"] = "false",
            ["Notifications__Enabled"] = "false",
            ["RateLimits__PerAccount"] = "100000",
            ["RateLimits__PerAddress"] = "100000",
            ["TwoFactor__RequiredRoles"] = string.Empty,
            ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            ["Serilog__MinimumLevel__Override__DanVan"] = "Warning",
        };
        foreach (var (name, value) in settings.Concat(extra))
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new PortalChild(process, new Uri($"http://127.0.0.1:{port}"), folder);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a command to end; throws if it failed.</summary>
    public async Task WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The portal's command ended with {_process.ExitCode}:\n{OutputTail}");
        }
    }

    /// <summary>Resets the process's peak resident set (VmHWM) to its current one (Linux: 5 written to /proc/&lt;pid&gt;/clear_refs).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{Id}/clear_refs", "5");

    /// <summary>Polls the sign-in page until it answers 200 (a minute and a half at most); throws if the process ends first.</summary>
    public async Task WaitForFirstPageAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {_process.ExitCode} before its first page:\n{OutputTail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The portal did not answer its sign-in page within 90 s:\n{OutputTail}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 100)
        {
            _output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
