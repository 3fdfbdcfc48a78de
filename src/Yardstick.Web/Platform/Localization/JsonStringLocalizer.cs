using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Platform.Localization;

/// <summary>
/// Every visible string comes from Resources/strings.json, where each key holds its Chinese and English
/// text side by side (one file, so a missing translation is obvious in review and caught by a test).
/// zh-CN is the default; any other UI culture starting with "en" gets English.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    public static readonly JsonStringLocalizer Instance = new();

    private readonly Dictionary<string, Dictionary<string, string>> _strings;

    private JsonStringLocalizer()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Yardstick.Web.Resources.strings.json")
            ?? throw new InvalidOperationException("strings.json is not embedded.");
        _strings = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }

    public IReadOnlyDictionary<string, Dictionary<string, string>> All => _strings;

    public static string Language(CultureInfo culture) => culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";

    public LocalizedString this[string name] => Get(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var s = Get(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, s.Value, arguments), s.ResourceNotFound);
        }
    }

    public LocalizedString Get(string name, CultureInfo culture)
    {
        if (_strings.TryGetValue(name, out var texts) && texts.TryGetValue(Language(culture), out var text))
            return new LocalizedString(name, text);
        return new LocalizedString(name, name, resourceNotFound: true);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _strings.Keys.Select(k => this[k]);
}
