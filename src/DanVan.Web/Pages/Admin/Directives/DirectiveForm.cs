using System.ComponentModel.DataAnnotations;
using DanVan.Domain.Directives;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>What the directive forms (new and edit) ask for, the field each domain rule is about, and the audit snapshot.</summary>
public static class DirectiveForm
{
    /// <summary>The form field that a domain rule's code is about.</summary>
    public static string FieldOf(string code) => code switch
    {
        "directive.code" => "Input.Code",
        "directive.title" => "Input.Title",
        "directive.issuingBody" => "Input.IssuingBody",
        "directive.summary" => "Input.Summary",
        "directive.fullText" => "Input.FullText",
        _ => string.Empty,
    };

    /// <summary>Multi-line text as stored: browsers post line breaks as CR LF, the seeded texts use LF.</summary>
    public static string? Lines(string? text) => text?.ReplaceLineEndings("\n");

    public static object Snapshot(Directive directive) => new
    {
        directive.Code,
        directive.Title,
        directive.IssuingBody,
        directive.IssuedOn,
        directive.Summary,
        directive.FullText,
    };

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code.")]
        [StringLength(Directive.CodeLength, ErrorMessage = "The code may have at most {1} characters.")]
        [Display(Name = "Code")]
        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the title.")]
        [StringLength(Directive.TitleLength, ErrorMessage = "The title may have at most {1} characters.")]
        [Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the issuing body.")]
        [StringLength(Directive.IssuingBodyLength, ErrorMessage = "The issuing body may have at most {1} characters.")]
        [Display(Name = "Issued by")]
        public string IssuingBody { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the date of issue.")]
        [Display(Name = "Issued on")]
        public DateOnly? IssuedOn { get; set; }

        [StringLength(Directive.SummaryLength, ErrorMessage = "The summary may have at most {1} characters.")]
        [Display(Name = "Summary")]
        public string? Summary { get; set; }

        [Required(ErrorMessage = "Enter the full text.")]
        [Display(Name = "Full text")]
        public string FullText { get; set; } = string.Empty;

        public static InputModel From(Directive d) => new()
        {
            Code = d.Code, Title = d.Title, IssuingBody = d.IssuingBody, IssuedOn = d.IssuedOn, Summary = d.Summary, FullText = d.FullText,
        };
    }
}
