using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// The built portal (DanVan.Web.dll from the test's output) as a separate <c>dotnet</c> process: one of its commands, or the
/// portal itself on a free loopback port over HTTPS (a throw-away self-signed certificate, since outside Development the
/// cookies are Secure). Settings go in as environment variables (<c>Section__Key</c>); everything it writes is in the folder.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private PortalProcess(Process process, ConcurrentQueue<string> output, Uri baseAddress, string thumbprint)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        Thumbprint = thumbprint;
    }

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll");

    public Uri BaseAddress { get; }

    private string Thumbprint { get; }

    /// <summary>The last lines the portal wrote (console log), for a failure message.</summary>
    public string OutputTail => string.Join('\n', _output.TakeLast(40));

    /// <summary>Runs <c>dotnet DanVan.Web.dll args…</c> to its end (a minute at most).</summary>
    public static async Task<CommandResult> RunCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var process = Process.Start(StartInfo(settings, args)) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet DanVan.Web.dll {string.Join(' ', args)} did not end within a minute.");
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the portal in the Testing environment with <paramref name="settings"/> and waits until /healthz answers Healthy.</summary>
    public static async Task<PortalProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        var (certificate, password, thumbprint) = Certificate(folder);
        var port = FreePort();
        var all = new Dictionary<string, string>(settings)
        {
            ["Kestrel:Endpoints:Https:Url"] = $"https://127.0.0.1:{port}",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = certificate,
            ["Kestrel:Endpoints:Https:Certificate:Password"] = password,
        };
        return await StartAsync(all, new Uri($"https://127.0.0.1:{port}"), thumbprint);
    }

    /// <summary>
    /// Starts the portal behind a reverse proxy that terminates TLS: plain HTTP on a free loopback port, which only the
    /// proxy (trusted as loopback, sending X-Forwarded-Proto) uses; /healthz answers plain HTTP for the wait.
    /// </summary>
    public static Task<PortalProcess> StartBehindProxyAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var all = new Dictionary<string, string>(settings) { ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{port}" };
        return StartAsync(all, new Uri($"http://127.0.0.1:{port}"), string.Empty);
    }

    private static async Task<PortalProcess> StartAsync(Dictionary<string, string> all, Uri baseAddress, string thumbprint)
    {
        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = StartInfo(all, []) };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, output, baseAddress, thumbprint);
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>A client of this portal that trusts its certificate, keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null)
    {
        var thumbprint = Thumbprint;
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies ?? new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): no shutdown, no flush, no checkpoint.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return info;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {_process.ExitCode} before it was ready:\n{OutputTail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The portal did not answer /healthz within {ReadyTimeout.TotalSeconds} s:\n{OutputTail}");
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A self-signed certificate for 127.0.0.1, valid over fixed dates (no reading of the wall clock), as a PFX in the folder.</summary>
    private static (string Path, string Password, string Thumbprint) Certificate(string folder)
    {
        using var certificate = SelfSigned(out var key);
        using (key)
        {
            var password = Guid.NewGuid().ToString("N");
            var path = System.IO.Path.Combine(folder, "portal.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
            return (path, password, certificate.Thumbprint);
        }
    }

    /// <summary>The same kind of certificate as PEM files (certificate, key) in the folder, for nginx; returns the thumbprint.</summary>
    public static string PemCertificate(string folder, out string certificatePath, out string keyPath)
    {
        using var certificate = SelfSigned(out var key);
        using (key)
        {
            certificatePath = System.IO.Path.Combine(folder, "proxy.crt");
            keyPath = System.IO.Path.Combine(folder, "proxy.key");
            File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
            File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
            return certificate.Thumbprint;
        }
    }

    private static X509Certificate2 SelfSigned(out RSA key)
    {
        key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero));
    }

    public sealed record CommandResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }
}
