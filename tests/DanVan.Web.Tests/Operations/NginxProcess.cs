using System.Diagnostics;
using System.Net.Sockets;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// Debian's nginx run in the foreground with the repository's deploy/nginx/danvan-two-instances.conf, its {{...}} values
/// filled in: TLS on a free loopback port (a throw-away certificate), round robin over the two instances' ports, every
/// file it writes in the folder.
/// </summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProcess(Process process, Uri baseAddress, string thumbprint, string folder)
    {
        _process = process;
        BaseAddress = baseAddress;
        Thumbprint = thumbprint;
        Folder = folder;
    }

    public Uri BaseAddress { get; }

    public string Thumbprint { get; }

    public string Folder { get; }

    /// <summary>The upstream address of every request nginx passed on, in order (from its access log).</summary>
    public IReadOnlyList<string> Upstreams() => File.Exists(Path.Combine(Folder, "access.log"))
        ? File.ReadAllLines(Path.Combine(Folder, "access.log")).Select(l => l[(l.LastIndexOf("upstream=", StringComparison.Ordinal) + 9)..]).ToList()
        : [];

    public static async Task<NginxProcess> StartAsync(string folder, int instance1, int instance2)
    {
        Directory.CreateDirectory(folder);
        var thumbprint = PortalProcess.PemCertificate(folder, out var certificate, out var key);
        var port = PortalProcess.FreePort();
        var config = (await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.RootFolder, "deploy", "nginx", "danvan-two-instances.conf")))
            .Replace("{{PREFIX}}", folder, StringComparison.Ordinal)
            .Replace("{{PORT}}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{INSTANCE_1}}", instance1.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{INSTANCE_2}}", instance2.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{CERTIFICATE}}", certificate, StringComparison.Ordinal)
            .Replace("{{KEY}}", key, StringComparison.Ordinal);
        var path = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        var info = new ProcessStartInfo(NginxFactAttribute.NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-e", Path.Combine(folder, "startup.log"), "-p", folder, "-c", path })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
        var nginx = new NginxProcess(process, new Uri($"https://127.0.0.1:{port}"), thumbprint, folder);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {ReadIfAny(Path.Combine(folder, "error.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen within 20 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string ReadIfAny(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;
}
