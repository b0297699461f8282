using DanVan.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Binding;

/// <summary>
/// Binds every <c>bool</c> and <c>bool?</c> of every page and handler: "true" or "false" in any case (a checkbox posts
/// "true" and its hidden "false"; the first value counts), an empty value as null where null is allowed. Anything else
/// is the field error "The value is not valid." — and, unlike the framework's binder, the posted text is not kept as the
/// attempted value, so a checkbox rendered again shows the model's value instead of parsing the text (which threw a
/// FormatException and answered 500).
/// </summary>
public sealed class BooleanModelBinder(IStringLocalizer localizer) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var posted = bindingContext.ValueProvider.GetValue(name);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = posted.FirstValue;
        if (bool.TryParse(text, out var value))
        {
            bindingContext.ModelState.SetModelValue(name, value, value ? "true" : "false");
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else if (string.IsNullOrWhiteSpace(text) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.ModelState.SetModelValue(name, rawValue: null, attemptedValue: null);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(name, localizer["The value is not valid."]);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="BooleanModelBinder"/> just before the framework's binder of simple types, so that binders chosen by attribute or source (body, services, header) still come first.</summary>
public sealed class BooleanModelBinderProvider(IStringLocalizer localizer) : IModelBinderProvider
{
    private readonly BooleanModelBinder _binder = new(localizer);

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(bool) ? _binder : null;
    }
}

/// <summary>Registers <see cref="BooleanModelBinderProvider"/> in <see cref="MvcOptions"/>, for every page at once.</summary>
public sealed class BooleanBinding(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var providers = options.ModelBinderProviders;
        var simpleTypes = providers.ToList().FindIndex(p => p is SimpleTypeModelBinderProvider);
        providers.Insert(simpleTypes < 0 ? 0 : simpleTypes, new BooleanModelBinderProvider(factory.Create(typeof(SharedResource))));
    }
}
