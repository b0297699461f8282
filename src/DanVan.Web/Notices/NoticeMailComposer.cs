using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Domain.Notifications;
using DanVan.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DanVan.Web.Notices;

/// <summary>Who a mail goes to: the address, the name to greet and the language to write in.</summary>
public sealed record MailRecipient(string Address, string Name, CultureInfo Culture);

/// <summary>
/// Writes a notice mail (one notice, or a user's digest) in the recipient's language, as plain text and HTML, greeting
/// the user by name, with absolute links to the pages and to the preferences. Every text from the database (names,
/// a reviewer's comment) is HTML-encoded in the HTML part.
/// </summary>
public sealed class NoticeMailComposer(IStringLocalizer<SharedResource> l, IOptions<EmailOptions> options)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public MimeMessage Compose(NoticeMail mail, MailRecipient to, NoticeTexts texts)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = to.Culture;
        try
        {
            return Write(mail, to, texts);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private MimeMessage Write(NoticeMail mail, MailRecipient to, NoticeTexts texts)
    {
        var email = options.Value;
        var items = mail.Deliveries.Select(d => d.Notification!).Select(n => (Notice: n, Sentence: texts.Sentence(n, l), Link: email.Link(NoticeTexts.Target(n)))).ToList();
        var subject = mail.Channel == NoticeChannel.Digest
            ? l["Your notices from the Directive 07-CT/TU portal ({0})", items.Count].Value
            : items[0].Sentence;
        var text = new StringBuilder().AppendLine(l["Dear {0},", to.Name]).AppendLine();
        var html = new StringBuilder($"<p>{Html.Encode(l["Dear {0},", to.Name])}</p>");
        if (mail.Channel == NoticeChannel.Digest)
        {
            text.AppendLine(l["Your notices since the last digest:"]);
            html.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(l["Your notices since the last digest:"])}</p><ul>");
        }

        foreach (var (notice, sentence, link) in items)
        {
            var time = LocalizerExtensions.HanoiTime(notice.CreatedAtUtc);
            var comment = texts.ReturnComment(notice);
            text.AppendLine(CultureInfo.InvariantCulture, $"{(mail.Channel == NoticeChannel.Digest ? "- " : string.Empty)}{sentence} ({time})");
            html.Append(mail.Channel == NoticeChannel.Digest ? "<li>" : "<p>")
                .Append(CultureInfo.InvariantCulture, $"{Html.Encode(sentence)} ({Html.Encode(time)})");
            if (comment is not null)
            {
                text.AppendLine(l["Reviewer's comment: {0}", comment]);
                html.Append(CultureInfo.InvariantCulture, $"<br>{Html.Encode(l["Reviewer's comment: {0}", comment])}");
            }

            text.AppendLine(l["Open in the portal: {0}", link]).AppendLine();
            html.Append(CultureInfo.InvariantCulture, $"<br><a href=\"{Html.Encode(link)}\">{Html.Encode(l["Open in the portal"])}</a>")
                .Append(mail.Channel == NoticeChannel.Digest ? "</li>" : "</p>");
        }

        var preferences = email.Link("~/Account/Notices");
        text.AppendLine("--").AppendLine(email.FromName).AppendLine(l["You get this e-mail because of your notice preferences; change them at {0}", preferences]);
        html.Append(mail.Channel == NoticeChannel.Digest ? "</ul>" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"<hr><p>{Html.Encode(email.FromName)}<br><a href=\"{Html.Encode(preferences)}\">{Html.Encode(l["Change your notice preferences"])}</a></p>");

        var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress(email.FromName, email.From!));
        message.To.Add(new MailboxAddress(to.Name, to.Address));
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = $"<!DOCTYPE html><html lang=\"{to.Culture.TwoLetterISOLanguageName}\"><body>{html}</body></html>" }.ToMessageBody();
        return message;
    }
}
