using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Localization;

/// <summary>
/// Gives every validation attribute that has no message of its own (including the <see cref="RequiredAttribute"/> that MVC
/// adds by itself to a non-nullable property, and the browser rule it makes for a non-nullable value type) a message key
/// that the resources translate, so the framework's English defaults ("The … field is required.") never reach a page, on
/// the server or in the browser's data-val attributes.
/// Runs after MVC's own data-annotations provider, which adds the implicit attributes.
/// </summary>
public sealed class DefaultValidationMessages : IValidationMetadataProvider, IClientModelValidatorProvider, IPostConfigureOptions<MvcOptions>,
    IPostConfigureOptions<MvcViewOptions>
{
    public void PostConfigure(string? name, MvcOptions options) => options.ModelMetadataDetailsProviders.Add(this);

    public void PostConfigure(string? name, MvcViewOptions options) => options.ClientModelValidatorProviders.Add(this);

    /// <summary>
    /// The browser's rule for a non-nullable value type (a checkbox, a number) that MVC requires without an attribute: MVC makes
    /// it from a RequiredAttribute of its own with the English default, after the providers above; this gives it the key.
    /// The server's validation is untouched (a missing value keeps its type's default, as before).
    /// </summary>
    public void CreateValidators(ClientValidatorProviderContext context)
    {
        foreach (var item in context.Results)
        {
            if (item.Validator is RequiredAttributeAdapter { Attribute: var attribute } && string.IsNullOrEmpty(attribute.ErrorMessage))
            {
                attribute.ErrorMessage = MessageFor(attribute);
            }
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (string.IsNullOrEmpty(attribute.ErrorMessage) && string.IsNullOrEmpty(attribute.ErrorMessageResourceName)
                && MessageFor(attribute) is { } message)
            {
                attribute.ErrorMessage = message;
            }
        }
    }

    /// <summary>The resource key of an attribute's default message: {0} is the field's name, then the attribute's own arguments.</summary>
    public static string? MessageFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "{0}: please fill this in.",
        StringLengthAttribute { MinimumLength: > 0 } => "{0} must have between {2} and {1} characters.",
        StringLengthAttribute => "{0} may have at most {1} characters.",
        MaxLengthAttribute => "{0} may have at most {1} characters.",
        MinLengthAttribute => "{0} must have at least {1} characters.",
        RangeAttribute => "{0} must be between {1} and {2}.",
        CompareAttribute => "{0} and {1} do not match.",
        EmailAddressAttribute => "{0} is not a valid e-mail address.",
        PhoneAttribute => "{0} is not a valid telephone number.",
        UrlAttribute => "{0} is not a valid web address.",
        RegularExpressionAttribute => "{0} is not in the expected form.",
        _ => null,
    };
}
