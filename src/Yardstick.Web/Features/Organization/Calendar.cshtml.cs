using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Organization;

/// <summary>A project's business calendar: the regular week, working hours, holidays and 调休 days, plus a try-it calculator.</summary>
public sealed class CalendarModel(OrganizationService org, IAuthorizationService auth, IStringLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public string ProjectName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    [BindProperty] public List<DayOfWeek> WorkingDays { get; set; } = [];
    [BindProperty] public TimeOnly Start { get; set; }
    [BindProperty] public TimeOnly End { get; set; }
    [BindProperty] public string? DaysText { get; set; }

    public DateTime? TryFrom { get; private set; }
    public int TryAmount { get; private set; } = 8;
    public string TryUnit { get; private set; } = "hours";
    public string? TryResult { get; private set; }

    public async Task<IActionResult> OnGetAsync(DateTime? from, int? amount, string? unit)
    {
        if (!await LoadAsync(resetForm: true)) return NotFound();
        if (from is not null && amount is >= 0 and <= 10000)
        {
            var calendar = (await org.LoadCalendarAsync(Id))!;
            var start = calendar.ToUtc(from.Value);
            TryFrom = from;
            TryAmount = amount.Value;
            TryUnit = unit is "minutes" or "days" ? unit : "hours";
            var result = TryUnit switch
            {
                "minutes" => calendar.AddCalendarMinutes(start, amount.Value),
                "days" => calendar.AddWorkingDays(start, amount.Value),
                _ => calendar.AddWorkingHours(start, amount.Value),
            };
            TryResult = calendar.ToLocal(result).ToString("yyyy-MM-dd HH:mm dddd", CultureInfo.CurrentCulture);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(bool resetForm)
    {
        var cal = await org.GetCalendarAsync(Id);
        var project = await org.GetProjectAsync(Id);
        if (cal is null || project is null) return false;
        ProjectName = project.Name;
        CanEdit = (await auth.AuthorizeAsync(User, Policies.StructureWrite)).Succeeded;
        if (resetForm)
        {
            WorkingDays = cal.WorkingDays.ToList();
            Start = cal.WorkdayStart;
            End = cal.WorkdayEnd;
            DaysText = string.Join("\n", cal.Days.Select(d =>
                $"{d.Date:yyyy-MM-dd} {(d.Kind == CalendarDayKind.Holiday ? "休" : "班")} {d.Name}".TrimEnd()));
        }
        return true;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(resetForm: false)) return NotFound();
        if (!CanEdit) return Forbid();
        var days = new List<CalendarDayDto>();
        var lineNo = 0;
        foreach (var raw in (DaysText ?? "").Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var parts = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || parts[1] is not ("休" or "班" or "off" or "work"))
            {
                ModelState.AddModelError("DaysText", l["Calendar.BadLine", lineNo, line]);
                continue;
            }
            days.Add(new CalendarDayDto(date, parts[1] is "休" or "off" ? CalendarDayKind.Holiday : CalendarDayKind.WorkingDay, parts.Length > 2 ? parts[2] : ""));
        }
        if (!ModelState.IsValid) return Page();
        var errors = await org.SaveCalendarAsync(Id, WorkingDays, Start, End, days);
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            return Page();
        }
        TempData["Flash"] = l["Common.Saved"].Value;
        return Redirect($"/projects/{Id}/calendar");
    }

    public async Task<IActionResult> OnPostIcsAsync(IFormFile? file)
    {
        if (!await LoadAsync(resetForm: true)) return NotFound();
        if (!CanEdit) return Forbid();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", l["Err.Required", l["Field.File"]]);
            return Page();
        }
        var (count, errors) = await org.ImportIcsAsync(Id, TextFiles.ReadAll(file.OpenReadStream()));
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            return Page();
        }
        TempData["Flash"] = l["Calendar.Imported", count].Value;
        return Redirect($"/projects/{Id}/calendar");
    }
}
