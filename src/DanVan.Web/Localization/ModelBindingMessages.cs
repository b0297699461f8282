using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Localization;

/// <summary>Translates the messages that model binding produces by itself (e.g. letters typed into a number field).</summary>
public sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var provider = options.ModelBindingMessageProvider;
        provider.SetValueMustNotBeNullAccessor(_ => l["This field is required."]);
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        provider.SetMissingBindRequiredValueAccessor(field => l["A value for {0} was not provided.", field]);
        provider.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
        provider.SetUnknownValueIsInvalidAccessor(field => l["The value for {0} is not valid.", field]);
        provider.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        provider.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
    }
}
