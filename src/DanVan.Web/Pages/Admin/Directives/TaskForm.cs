using System.ComponentModel.DataAnnotations;
using DanVan.Domain.Directives;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>What the task forms (add and edit) ask for, the field each domain rule is about, and the audit snapshot.</summary>
public static class TaskForm
{
    /// <summary>The form field that a domain rule's code is about.</summary>
    public static string FieldOf(string code) => code switch
    {
        "task.number" or "task.numberTaken" => "Input.Number",
        "task.title" => "Input.Title",
        "task.wording" => "Input.Wording",
        _ => string.Empty,
    };

    public static object Snapshot(DirectiveTask task) => new
    {
        task.Number,
        task.Title,
        task.Wording,
        Addressee = task.Addressee.ToString(),
        task.DueOn,
    };

    /// <summary>The number, asked only when adding: a task keeps its number.</summary>
    public sealed class NewInputModel : InputModel
    {
        [Required(ErrorMessage = "Enter the task's number.")]
        [StringLength(DirectiveTask.NumberLength, ErrorMessage = "The number may have at most {1} characters.")]
        [Display(Name = "Number")]
        public string Number { get; set; } = string.Empty;
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the title.")]
        [StringLength(DirectiveTask.TitleLength, ErrorMessage = "The title may have at most {1} characters.")]
        [Display(Name = "Short title")]
        public string Title { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the wording.")]
        [StringLength(DirectiveTask.WordingLength, ErrorMessage = "The wording may have at most {1} characters.")]
        [Display(Name = "Wording")]
        public string Wording { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose whom the task is addressed to.")]
        [Display(Name = "Addressed to")]
        public TaskAddressee? Addressee { get; set; }

        [Display(Name = "Due")]
        public DateOnly? DueOn { get; set; }

        public static InputModel From(DirectiveTask t) => new()
        {
            Title = t.Title, Wording = t.Wording, Addressee = t.Addressee, DueOn = t.DueOn,
        };
    }
}
