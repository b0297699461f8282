using System.Net;
using DanVan.SmtpCatcher;
using SmtpServer;

// A local SMTP server for officials and developers: prints each message the portal sends and keeps it as an .eml file.
// Usage: dotnet run --project tools/DanVan.SmtpCatcher [-- --port 2525 --folder ./mail]
var port = Arguments.Int(args, "--port", 2525);
var folder = Path.GetFullPath(Arguments.Text(args, "--folder", Path.Combine(Environment.CurrentDirectory, "mail")));
Directory.CreateDirectory(folder);

var options = new SmtpServerOptionsBuilder()
    .ServerName("localhost")
    .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
    .Build();
var services = new SmtpServer.ComponentModel.ServiceProvider();
services.Add(new EmlStore(folder, Console.Out));
var server = new SmtpServer.SmtpServer(options, services);

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
Console.WriteLine($"Listening on 127.0.0.1:{port}; messages are saved to {folder}. Ctrl+C stops.");
try
{
    await server.StartAsync(stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopped.");
}
