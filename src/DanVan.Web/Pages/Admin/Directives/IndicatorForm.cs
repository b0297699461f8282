using System.ComponentModel.DataAnnotations;
using DanVan.Domain.Directives;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>What the indicator forms (add and inline edit) ask for, and the audit snapshot.</summary>
public static class IndicatorForm
{
    /// <summary>The field (without its form's prefix) that a domain rule's code is about.</summary>
    public static string FieldOf(string code) => code switch
    {
        "indicator.unit" => nameof(InputModel.Unit),
        _ => nameof(InputModel.Name),
    };

    public static object Snapshot(Indicator indicator) => new
    {
        indicator.Name,
        indicator.Unit,
        indicator.HigherIsBetter,
        indicator.IsExample,
    };

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(Indicator.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the unit.")]
        [StringLength(Indicator.UnitLength, ErrorMessage = "The unit may have at most {1} characters.")]
        [Display(Name = "Unit of measure")]
        public string Unit { get; set; } = string.Empty;

        [Display(Name = "Higher is better")]
        public bool HigherIsBetter { get; set; } = true;

        public static InputModel From(Indicator i) => new() { Name = i.Name, Unit = i.Unit, HigherIsBetter = i.HigherIsBetter };
    }
}
