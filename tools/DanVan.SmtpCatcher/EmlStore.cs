using System.Buffers;
using System.Globalization;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DanVan.SmtpCatcher;

/// <summary>Accepts every message, writes its sender, recipients and subject to the console and saves it as an .eml file.</summary>
internal sealed class EmlStore(string folder, TextWriter output) : MessageStore
{
    private int _count;

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var bytes = buffer.ToArray();
        using var stream = new MemoryStream(bytes);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var number = Interlocked.Increment(ref _count);
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{number:D4}.eml");
        await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, cancellationToken);
        var recipients = string.Join(", ", transaction.To.Select(m => $"{m.User}@{m.Host}"));
        await output.WriteLineAsync($"#{number} from {message.From} to {recipients}: {message.Subject} → {name}");
        return SmtpResponse.Ok;
    }
}
