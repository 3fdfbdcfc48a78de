using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

[Authorize(Policy = Policies.CustomersWrite)]
public sealed class CustomerNewModel(OrganizationService org, IStringLocalizer l) : PageModel
{
    public sealed class Form
    {
        public int? ProjectId { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public CustomerType? Type { get; set; }
        public ContactMethod PreferredContact { get; set; }
        public string? Units { get; set; }
        public string? Tags { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public List<ProjectDto> Projects { get; private set; } = [];

    public async Task OnGetAsync() => Projects = await org.ListProjectsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Projects = await org.ListProjectsAsync();
        if (ModelState.HasBindingErrors(l)) return Page();
        var (customer, errors) = await org.AddCustomerAsync(new CustomerInput(Input.ProjectId, Input.Name, Input.Phone, Input.Type,
            Customer.SplitTags(Input.Tags), Input.PreferredContact, Customer.SplitTags(Input.Units)));
        if (errors.Any)
        {
            errors.CopyTo(ModelState);
            return Page();
        }
        TempData["Flash"] = l["Customer.Added", customer!.Name].Value;
        return Redirect($"/customers?projectId={customer.ProjectId}&q={Uri.EscapeDataString(customer.Name)}");
    }
}
