using System.Globalization;

namespace Yardstick.Web.Platform.Localization;

/// <summary>
/// A text kept in both languages, for what is written once and read later by someone else (a notification): the
/// reader's language is not known when it is written. Free text (an owner's words) converts as the same in both.
/// </summary>
public readonly record struct LocalText(string Zh, string En)
{
    private static readonly CultureInfo Chinese = new("zh-CN"), English = new("en");

    /// <summary>Renders <paramref name="render"/> once in each language, so nested keys (a status, a role) follow too.</summary>
    public static LocalText Of(Func<string> render) => new(RenderIn(Chinese, render), RenderIn(English, render));

    public static implicit operator LocalText(string text) => new(text, text);

    /// <summary>As a table keeps it: the Chinese, and the English only where it says something else.</summary>
    public static LocalText Stored(string zh, string? en) => new(zh, en ?? zh);

    /// <summary>The English to store beside the Chinese: null where it is the same (an owner's own words).</summary>
    public string? EnglishToStore => En == Zh ? null : En;

    /// <summary>The text in the current UI language.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);

    public string In(CultureInfo culture) => JsonStringLocalizer.Language(culture) == "en" ? En : Zh;

    private static string RenderIn(CultureInfo culture, Func<string> render)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
            return render();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
