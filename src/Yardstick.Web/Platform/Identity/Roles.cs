namespace Yardstick.Web.Platform.Identity;

/// <summary>The roles of DESIGN.md, spelled exactly as there.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string QualityManager = "QualityManager";
    public const string Reviewer = "Reviewer";
    public const string Shopper = "Shopper";
    public const string ClientViewer = "ClientViewer";
    public const string ProjectManager = "ProjectManager";
    public const string ServiceSupervisor = "ServiceSupervisor";
    public const string ServiceAgent = "ServiceAgent";
    public const string Technician = "Technician";

    public static readonly IReadOnlyList<string> All =
    [
        Admin, QualityManager, Reviewer, Shopper, ClientViewer,
        ProjectManager, ServiceSupervisor, ServiceAgent, Technician,
    ];

    /// <summary>Roles that may see phone numbers unmasked (issue: phones masked for everyone else).</summary>
    public static readonly IReadOnlyList<string> SeeFullPhones = [Admin, ProjectManager, ServiceSupervisor, ServiceAgent];
}

/// <summary>Named authorization policies; endpoints and pages refer to these, never to role lists.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string ProjectsWrite = "ProjectsWrite";
    public const string StructureWrite = "StructureWrite";
    public const string CustomersRead = "CustomersRead";
    public const string CustomersWrite = "CustomersWrite";
    public const string StaffRead = "StaffRead";
    public const string StaffWrite = "StaffWrite";
    public const string ServiceDeskRead = "ServiceDeskRead";
    public const string ServiceDeskWrite = "ServiceDeskWrite";
    public const string SlaPolicyWrite = "SlaPolicyWrite";
    public const string ReturnVisitsRead = "ReturnVisitsRead";
    public const string ReturnVisitsWrite = "ReturnVisitsWrite";
    public const string ReturnVisitPlan = "ReturnVisitPlan";
    public const string KnowledgeWrite = "KnowledgeWrite";
    public const string CompensationWrite = "CompensationWrite";
    public const string ServiceDeskStats = "ServiceDeskStats";
    public const string InsightAnalyze = "InsightAnalyze";
    public const string InsightRead = "InsightRead";
    public const string InsightRules = "InsightRules";
    public const string SurveysRead = "SurveysRead";
    public const string SurveysCollect = "SurveysCollect";
    public const string SurveysPlan = "SurveysPlan";
    public const string MsPlan = "MsPlan";
    public const string MsReview = "MsReview";
    public const string MsField = "MsField";
    public const string MsTasks = "MsTasks";
    public const string MsRead = "MsRead";
    public const string MsRectify = "MsRectify";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Admin] = [Roles.Admin],
        [ProjectsWrite] = [Roles.Admin],
        [StructureWrite] = [Roles.Admin, Roles.ProjectManager],
        [CustomersRead] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager,
            Roles.ServiceSupervisor, Roles.ServiceAgent, Roles.Technician,
        ],
        [CustomersWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent],
        [StaffRead] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager,
            Roles.ServiceSupervisor, Roles.ServiceAgent,
        ],
        [StaffWrite] = [Roles.Admin, Roles.ProjectManager],
        // Technicians read only the orders assigned to them (ServiceDeskService narrows the query).
        [ServiceDeskRead] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager,
            Roles.ServiceSupervisor, Roles.ServiceAgent, Roles.Technician,
        ],
        [ServiceDeskWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent],
        [SlaPolicyWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor],
        // Visits are the service desk's work; technicians do not visit their own repairs.
        [ReturnVisitsRead] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent,
        ],
        [ReturnVisitsWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent],
        [ReturnVisitPlan] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor],
        [KnowledgeWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor],
        [CompensationWrite] = [Roles.Admin, Roles.ProjectManager, Roles.ServiceSupervisor],
        [ServiceDeskStats] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent,
        ],
        // Analysing a text on request stores nothing and reads no project data: everyone who writes notes or answers may.
        [InsightAnalyze] =
        [
            Roles.Admin, Roles.QualityManager, Roles.Reviewer, Roles.Shopper, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent,
        ],
        // Stored alerts quote owners' words: the people who answer for the service, not technicians or shoppers.
        [InsightRead] = [Roles.Admin, Roles.QualityManager, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent],
        // The company's alert words apply to every project: the quality department sets the rubric, not one project.
        [InsightRules] = [Roles.Admin, Roles.QualityManager],
        // Survey results of the caller's projects; the client reads them too. Shoppers and technicians have no part in surveys.
        [SurveysRead] =
        [
            Roles.Admin, Roles.QualityManager, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent,
        ],
        // Seed 003: the project's customer assistants (客户助理) deliver, collect and call; the quality department plans and audits.
        [SurveysCollect] = [Roles.Admin, Roles.QualityManager, Roles.ProjectManager, Roles.ServiceSupervisor, Roles.ServiceAgent],
        [SurveysPlan] = [Roles.Admin, Roles.QualityManager],
        // Mystery shopping: the quality department plans and reviews; shoppers work on their own tasks; the client and the
        // project's managers read published visits (MsAccess narrows what each sees, and hides who the shopper was).
        [MsPlan] = [Roles.Admin, Roles.QualityManager],
        [MsReview] = [Roles.Admin, Roles.QualityManager, Roles.Reviewer],
        [MsField] = [Roles.Shopper],
        [MsTasks] = [Roles.Admin, Roles.QualityManager, Roles.Reviewer, Roles.Shopper, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor],
        [MsRead] = [Roles.Admin, Roles.QualityManager, Roles.Reviewer, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor],
        // Seed 000: 物业方 makes and carries out the rectification plan.
        [MsRectify] = [Roles.Admin, Roles.ClientViewer, Roles.ProjectManager, Roles.ServiceSupervisor],
    };
}
