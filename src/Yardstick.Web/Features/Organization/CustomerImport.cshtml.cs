using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Organization;

[Authorize(Policy = Policies.CustomersWrite)]
[RequestSizeLimit(20 * 1024 * 1024)]
public sealed class CustomerImportModel(OrganizationService org, CustomerImport import, IStringLocalizer l) : PageModel
{
    [BindProperty] public int? ProjectId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public List<ProjectDto> Projects { get; private set; } = [];
    public IReadOnlyList<CustomerImport.RowError> Errors { get; private set; } = [];

    public async Task OnGetAsync() => Projects = await org.ListProjectsAsync();

    public IActionResult OnGetTemplate(string? format) => format == "csv"
        ? File(System.Text.Encoding.UTF8.GetBytes(CustomerImport.TemplateCsv()), "text/csv", "客户导入模板.csv")
        : File(CustomerImport.TemplateXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "客户导入模板.xlsx");

    public async Task<IActionResult> OnPostAsync()
    {
        Projects = await org.ListProjectsAsync();
        if (ProjectId is null || Upload is null || Upload.Length == 0)
        {
            Errors = [new CustomerImport.RowError(0, "", ProjectId is null ? l["Err.Required", l["Field.Project"]] : l["Err.Required", l["Field.File"]])];
            return Page();
        }
        if (Projects.All(p => p.Id != ProjectId)) return NotFound();
        await using var stream = Upload.OpenReadStream();
        var result = await import.ImportAsync(ProjectId.Value, Upload.FileName, stream);
        if (result.Errors.Count > 0)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Flash"] = l["Import.Done", result.Imported].Value;
        return Redirect($"/customers?projectId={ProjectId}");
    }
}
