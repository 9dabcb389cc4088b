// @ts-nocheck
// Generated from REPORT_SCHEMA in src/core/report.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","required":["schema","generatedAt","generator","window","repos","manager","team","handsOn","signal","tiers","trend","notebooks","ownership","takeovers","snacks","afterHoursShare","excluded","identities","thresholds","options","warnings"],"properties":{"schema":{"const":"letgo.report/1"},"generatedAt":{"type":"string"},"generator":{"type":"string"},"window":{"type":"object","required":["since","until"],"properties":{"since":{"type":"string"},"until":{"type":"string"},"month":{"type":"string"}}},"repos":{"type":"array","items":{"type":"object","required":["id","path","head","commits","shallow","handsOn","notebookOwners"],"properties":{"id":{"type":"string"},"path":{"type":"string"},"head":{"type":"string"},"commits":{"type":"integer","minimum":0},"shallow":{"type":"boolean"},"handsOn":{"type":"object","required":["managerCommits","teamCommits","managerChurn","teamChurn"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"managerChurn":{"type":"number"},"teamChurn":{"type":"number"}}},"notebookOwners":{"type":"array","items":{"type":"object","required":["path","owner","share"],"properties":{"path":{"type":"string"},"owner":{"type":"string"},"ownerName":{"type":"string"},"share":{"type":"number"}}}},"relativePath":{"type":"string"}}}},"manager":{"type":"object","required":["id","name","emails"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"emails":{"type":"array","items":{"type":"string"}}}},"team":{"type":"object","required":["size","source","active"],"properties":{"size":{"type":"integer","minimum":1},"source":{"enum":["roster","regulars"]},"active":{"type":"integer","minimum":0},"members":{"type":"array","items":{"type":"object","required":["id","name","emails","commits","handsOnCommits","churn"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"emails":{"type":"array","items":{"type":"string"}},"commits":{"type":"integer","minimum":0},"handsOnCommits":{"type":"integer","minimum":0},"churn":{"type":"number"}}}}}},"handsOn":{"type":"object","required":["managerCommits","teamCommits","share","fairShare","ratio","managerChurn","teamChurn","churnShare","managerLastHandsOn"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"share":{"type":["number","null"]},"fairShare":{"type":"number"},"ratio":{"type":["number","null"]},"managerChurn":{"type":"number"},"teamChurn":{"type":"number"},"churnShare":{"type":["number","null"]},"managerLastHandsOn":{"type":["string","null"]}}},"signal":{"type":"object","required":["level","reasons"],"properties":{"level":{"enum":["holding-back","watch","balanced","out-of-touch","insufficient-data"]},"reasons":{"type":"array","items":{"type":"string"}}}},"tiers":{"type":"object","required":["manager","team"],"properties":{"manager":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}},"team":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}}}},"trend":{"type":"array","items":{"type":"object","required":["month","share","ratio","level","managerCommits","teamCommits","tiers"],"properties":{"month":{"type":"string","pattern":"^\\d{4}-\\d{2}$"},"months":{"type":"integer","minimum":1},"share":{"type":["number","null"]},"ratio":{"type":["number","null"]},"level":{"enum":["holding-back","watch","balanced","out-of-touch","insufficient-data"]},"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"tiers":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}}}}},"notebooks":{"type":"object","required":["manager","team"],"properties":{"manager":{"type":"object","required":["changes","rerunsOnly","cellsAdded","cellsDeleted","cellsModified","linesAdded","linesDeleted"],"properties":{"changes":{"type":"integer","minimum":0},"rerunsOnly":{"type":"integer","minimum":0},"cellsAdded":{"type":"integer","minimum":0},"cellsDeleted":{"type":"integer","minimum":0},"cellsModified":{"type":"integer","minimum":0},"linesAdded":{"type":"number"},"linesDeleted":{"type":"number"},"fallbacks":{"type":"integer","minimum":0},"textNotebooks":{"type":"integer","minimum":0},"pairedScripts":{"type":"integer","minimum":0}}},"team":{"type":"object","required":["changes","rerunsOnly","cellsAdded","cellsDeleted","cellsModified","linesAdded","linesDeleted"],"properties":{"changes":{"type":"integer","minimum":0},"rerunsOnly":{"type":"integer","minimum":0},"cellsAdded":{"type":"integer","minimum":0},"cellsDeleted":{"type":"integer","minimum":0},"cellsModified":{"type":"integer","minimum":0},"linesAdded":{"type":"number"},"linesDeleted":{"type":"number"},"fallbacks":{"type":"integer","minimum":0},"textNotebooks":{"type":"integer","minimum":0},"pairedScripts":{"type":"integer","minimum":0}}}}},"ownership":{"type":"object","required":["onlyYouMaintain"],"properties":{"asOf":{"type":"string"},"notebooksChanged":{"type":"integer","minimum":0},"managerNotebooksChanged":{"type":"integer","minimum":0},"onlyYouMaintain":{"type":"array","items":{"type":"object","required":["repo","path","managerShare","lastChange","lastTeamTouch"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"managerShare":{"type":"number"},"lastChange":{"type":"string"},"lastTeamTouch":{"type":["string","null"]}}}}}},"takeovers":{"type":"array","items":{"type":"object","required":["repo","path","owner","at","inFlight"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"owner":{"type":"string"},"ownerName":{"type":"string"},"at":{"type":"string"},"sha":{"type":"string"},"inFlight":{"type":"boolean"}}}},"handoffs":{"type":"object","required":["handedOff","newHoards"],"properties":{"handedOff":{"type":"array","items":{"type":"object","required":["repo","path","month","since","owner","share"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"oldPath":{"type":"string"},"month":{"type":"string","pattern":"^\\d{4}-\\d{2}$"},"since":{"type":"string","pattern":"^\\d{4}-\\d{2}$"},"owner":{"type":"string"},"ownerName":{"type":"string"},"share":{"type":"number"}}}},"newHoards":{"type":"array","items":{"type":"object","required":["repo","path","month"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"month":{"type":"string","pattern":"^\\d{4}-\\d{2}$"}}}}}},"snacks":{"type":"object","required":["count","handsOnCommits","share"],"properties":{"count":{"type":"integer","minimum":0},"handsOnCommits":{"type":"integer","minimum":0},"share":{"type":["number","null"]}}},"afterHoursShare":{"type":["number","null"]},"excluded":{"type":"object","required":["bots","outsideTeam","merges"],"properties":{"bots":{"type":"object","required":["commits","names"],"properties":{"commits":{"type":"integer","minimum":0},"names":{"type":"array","items":{"type":"string"}}}},"outsideTeam":{"type":"object","required":["commits","authors"],"properties":{"commits":{"type":"integer","minimum":0},"authors":{"type":"integer","minimum":0}}},"merges":{"type":"integer","minimum":0},"automation":{"type":"object","required":["commits","identities"],"properties":{"commits":{"type":"integer","minimum":0},"identities":{"type":"array","items":{"type":"object","required":["name","email","rule","commits","matching","share","template"],"properties":{"name":{"type":"string"},"email":{"type":"string"},"rule":{"enum":["template","files"]},"commits":{"type":"integer","minimum":0},"matching":{"type":"integer","minimum":0},"share":{"type":"number"},"template":{"type":"string"}}}}}}}},"aiAssisted":{"type":"object","required":["managerCommits","teamCommits","withoutPerson","assistants"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"withoutPerson":{"type":"integer","minimum":0},"assistants":{"type":"array","items":{"type":"string"}}}},"leadByExample":{"type":"object","required":["reviews","pairedCommits","membersReviewed","teamReviews","sources"],"properties":{"reviews":{"type":"integer","minimum":0},"pairedCommits":{"type":"integer","minimum":0},"membersReviewed":{"type":"integer","minimum":0},"teamReviews":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"enum":["trailers","github"]}}}},"identities":{"type":"object","required":["merged"],"properties":{"merged":{"type":"array","items":{"type":"object","required":["id","names","emails"],"properties":{"id":{"type":"string"},"names":{"type":"array","items":{"type":"string"}},"emails":{"type":"array","items":{"type":"string"}}}}}}},"delegation":{"type":"array","items":{"type":"object","required":["tier","since","weeks","end","startShare","nowShare","targetShare","elapsed"],"properties":{"tier":{"enum":["strategic","implementation","tactical"]},"since":{"type":"string"},"weeks":{"type":"number"},"end":{"type":"string"},"startShare":{"type":["number","null"]},"nowShare":{"type":["number","null"]},"targetShare":{"type":["number","null"]},"elapsed":{"type":"number"},"handoffs":{"type":"integer","minimum":0}}}},"thresholds":{"type":"object","required":["holdingBackRatio","watchRatio","minActiveMembers","minHandsOnCommits","ownerShare","onlyYouDays","inFlightDays","snackLines","workdayStartHour","workdayEndHour","regularWeeks","outOfTouchDays","automationCommits","automationShare","automationFiles"],"properties":{"holdingBackRatio":{"type":"number","exclusiveMinimum":0},"watchRatio":{"type":"number","exclusiveMinimum":0},"minActiveMembers":{"type":"integer","minimum":1},"minHandsOnCommits":{"type":"integer","minimum":0},"ownerShare":{"type":"number","minimum":0,"maximum":1},"onlyYouDays":{"type":"integer","minimum":1},"inFlightDays":{"type":"integer","minimum":0},"snackLines":{"type":"integer","minimum":0},"workdayStartHour":{"type":"integer","minimum":0,"maximum":24},"workdayEndHour":{"type":"integer","minimum":0,"maximum":24},"regularWeeks":{"type":"integer","minimum":1},"outOfTouchDays":{"type":"integer","minimum":1},"automationCommits":{"type":"integer","minimum":1},"automationShare":{"type":"number","exclusiveMinimum":0,"maximum":1},"automationFiles":{"type":"integer","minimum":1}},"additionalProperties":{"type":"number"}},"options":{"type":"object","required":["trendMonths","allBranches","notebookLines","teamDetail"],"properties":{"trendMonths":{"type":"integer","minimum":0},"allBranches":{"type":"boolean"},"notebookLines":{"enum":["cells","git"]},"teamDetail":{"type":"boolean"}}},"warnings":{"type":"array","items":{"type":"string"}},"evidence":{"type":"object","required":["commits","managerHandsOn","snacks","afterHours","managerCommits","team"],"properties":{"commits":{"type":"array","items":{"type":"object","required":["repo","sha","time","subject","handsOnChurn","files"],"properties":{"repo":{"type":"string"},"sha":{"type":"string"},"time":{"type":"string"},"subject":{"type":"string"},"handsOnChurn":{"type":"number"},"files":{"type":"array","items":{"type":"object","required":["path","kind","tier","lines"],"properties":{"path":{"type":"string"},"kind":{"enum":["notebook","code","docs","config","data","generated"]},"tier":{"enum":["strategic","implementation","tactical"]},"lines":{"type":"number"}}}},"moreFiles":{"type":"integer","minimum":0}}}},"managerHandsOn":{"type":"array","items":{"type":"string"}},"snacks":{"type":"array","items":{"type":"string"}},"afterHours":{"type":"array","items":{"type":"string"}},"managerCommits":{"type":"integer","minimum":0},"reviews":{"type":"array","items":{"type":"object","required":["source","work","date","authors"],"properties":{"source":{"enum":["trailers","github"]},"work":{"type":"string"},"pullRequest":{"type":"string"},"trailers":{"type":"array","items":{"enum":["Reviewed-by","Acked-by","Tested-by","Helped-by","Suggested-by"]}},"date":{"type":"string"},"authors":{"type":"array","items":{"type":"object","required":["owner"],"properties":{"owner":{"type":"string"},"ownerName":{"type":"string"}}}}}}},"pairing":{"type":"array","items":{"type":"string"}},"team":{"type":"object","required":["handsOnCommits"],"properties":{"handsOnCommits":{"type":"integer","minimum":0},"members":{"type":"array","items":{"type":"object","required":["id","name","handsOn"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"handsOn":{"type":"array","items":{"type":"string"}}}}}}}}}}};
const pattern0 = new RegExp("^\\d{4}-\\d{2}$", "u");
const func2 = Object.prototype.hasOwnProperty;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.generatedAt === undefined) && (missing0 = "generatedAt"))) || ((data.generator === undefined) && (missing0 = "generator"))) || ((data.window === undefined) && (missing0 = "window"))) || ((data.repos === undefined) && (missing0 = "repos"))) || ((data.manager === undefined) && (missing0 = "manager"))) || ((data.team === undefined) && (missing0 = "team"))) || ((data.handsOn === undefined) && (missing0 = "handsOn"))) || ((data.signal === undefined) && (missing0 = "signal"))) || ((data.tiers === undefined) && (missing0 = "tiers"))) || ((data.trend === undefined) && (missing0 = "trend"))) || ((data.notebooks === undefined) && (missing0 = "notebooks"))) || ((data.ownership === undefined) && (missing0 = "ownership"))) || ((data.takeovers === undefined) && (missing0 = "takeovers"))) || ((data.snacks === undefined) && (missing0 = "snacks"))) || ((data.afterHoursShare === undefined) && (missing0 = "afterHoursShare"))) || ((data.excluded === undefined) && (missing0 = "excluded"))) || ((data.identities === undefined) && (missing0 = "identities"))) || ((data.thresholds === undefined) && (missing0 = "thresholds"))) || ((data.options === undefined) && (missing0 = "options"))) || ((data.warnings === undefined) && (missing0 = "warnings"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schema !== undefined){
const _errs1 = errors;
if("letgo.report/1" !== data.schema){
validate10.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "letgo.report/1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generatedAt !== undefined){
const _errs2 = errors;
if(typeof data.generatedAt !== "string"){
validate10.errors = [{instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generator !== undefined){
const _errs4 = errors;
if(typeof data.generator !== "string"){
validate10.errors = [{instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.window !== undefined){
let data3 = data.window;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.since === undefined) && (missing1 = "since")) || ((data3.until === undefined) && (missing1 = "until"))){
validate10.errors = [{instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.since !== undefined){
const _errs8 = errors;
if(typeof data3.since !== "string"){
validate10.errors = [{instancePath:instancePath+"/window/since",schemaPath:"#/properties/window/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.until !== undefined){
const _errs10 = errors;
if(typeof data3.until !== "string"){
validate10.errors = [{instancePath:instancePath+"/window/until",schemaPath:"#/properties/window/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.month !== undefined){
const _errs12 = errors;
if(typeof data3.month !== "string"){
validate10.errors = [{instancePath:instancePath+"/window/month",schemaPath:"#/properties/window/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.repos !== undefined){
let data7 = data.repos;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data7)){
var valid2 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs16 = errors;
if(errors === _errs16){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((((((((data8.id === undefined) && (missing2 = "id")) || ((data8.path === undefined) && (missing2 = "path"))) || ((data8.head === undefined) && (missing2 = "head"))) || ((data8.commits === undefined) && (missing2 = "commits"))) || ((data8.shallow === undefined) && (missing2 = "shallow"))) || ((data8.handsOn === undefined) && (missing2 = "handsOn"))) || ((data8.notebookOwners === undefined) && (missing2 = "notebookOwners"))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0,schemaPath:"#/properties/repos/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.id !== undefined){
const _errs18 = errors;
if(typeof data8.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/id",schemaPath:"#/properties/repos/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.path !== undefined){
const _errs20 = errors;
if(typeof data8.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/path",schemaPath:"#/properties/repos/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.head !== undefined){
const _errs22 = errors;
if(typeof data8.head !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/head",schemaPath:"#/properties/repos/items/properties/head/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.commits !== undefined){
let data12 = data8.commits;
const _errs24 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/commits",schemaPath:"#/properties/repos/items/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/commits",schemaPath:"#/properties/repos/items/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.shallow !== undefined){
const _errs26 = errors;
if(typeof data8.shallow !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/shallow",schemaPath:"#/properties/repos/items/properties/shallow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.handsOn !== undefined){
let data14 = data8.handsOn;
const _errs28 = errors;
if(errors === _errs28){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing3;
if(((((data14.managerCommits === undefined) && (missing3 = "managerCommits")) || ((data14.teamCommits === undefined) && (missing3 = "teamCommits"))) || ((data14.managerChurn === undefined) && (missing3 = "managerChurn"))) || ((data14.teamChurn === undefined) && (missing3 = "teamChurn"))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn",schemaPath:"#/properties/repos/items/properties/handsOn/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data14.managerCommits !== undefined){
let data15 = data14.managerCommits;
const _errs30 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/managerCommits",schemaPath:"#/properties/repos/items/properties/handsOn/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/managerCommits",schemaPath:"#/properties/repos/items/properties/handsOn/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data14.teamCommits !== undefined){
let data16 = data14.teamCommits;
const _errs32 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/teamCommits",schemaPath:"#/properties/repos/items/properties/handsOn/properties/teamCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/teamCommits",schemaPath:"#/properties/repos/items/properties/handsOn/properties/teamCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data14.managerChurn !== undefined){
const _errs34 = errors;
if(!(typeof data14.managerChurn == "number")){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/managerChurn",schemaPath:"#/properties/repos/items/properties/handsOn/properties/managerChurn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data14.teamChurn !== undefined){
const _errs36 = errors;
if(!(typeof data14.teamChurn == "number")){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn/teamChurn",schemaPath:"#/properties/repos/items/properties/handsOn/properties/teamChurn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/handsOn",schemaPath:"#/properties/repos/items/properties/handsOn/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.notebookOwners !== undefined){
let data19 = data8.notebookOwners;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data19)){
var valid5 = true;
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
const _errs40 = errors;
if(errors === _errs40){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing4;
if((((data20.path === undefined) && (missing4 = "path")) || ((data20.owner === undefined) && (missing4 = "owner"))) || ((data20.share === undefined) && (missing4 = "share"))){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1,schemaPath:"#/properties/repos/items/properties/notebookOwners/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data20.path !== undefined){
const _errs42 = errors;
if(typeof data20.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1+"/path",schemaPath:"#/properties/repos/items/properties/notebookOwners/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data20.owner !== undefined){
const _errs44 = errors;
if(typeof data20.owner !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1+"/owner",schemaPath:"#/properties/repos/items/properties/notebookOwners/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs44 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data20.ownerName !== undefined){
const _errs46 = errors;
if(typeof data20.ownerName !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1+"/ownerName",schemaPath:"#/properties/repos/items/properties/notebookOwners/items/properties/ownerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs46 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data20.share !== undefined){
const _errs48 = errors;
if(!(typeof data20.share == "number")){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1+"/share",schemaPath:"#/properties/repos/items/properties/notebookOwners/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners/" + i1,schemaPath:"#/properties/repos/items/properties/notebookOwners/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs40 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/notebookOwners",schemaPath:"#/properties/repos/items/properties/notebookOwners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs38 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.relativePath !== undefined){
const _errs50 = errors;
if(typeof data8.relativePath !== "string"){
validate10.errors = [{instancePath:instancePath+"/repos/" + i0+"/relativePath",schemaPath:"#/properties/repos/items/properties/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/repos/" + i0,schemaPath:"#/properties/repos/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
let data26 = data.manager;
const _errs52 = errors;
if(errors === _errs52){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing5;
if((((data26.id === undefined) && (missing5 = "id")) || ((data26.name === undefined) && (missing5 = "name"))) || ((data26.emails === undefined) && (missing5 = "emails"))){
validate10.errors = [{instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data26.id !== undefined){
const _errs54 = errors;
if(typeof data26.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/manager/id",schemaPath:"#/properties/manager/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs54 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data26.name !== undefined){
const _errs56 = errors;
if(typeof data26.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/manager/name",schemaPath:"#/properties/manager/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs56 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data26.emails !== undefined){
let data29 = data26.emails;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data29)){
var valid8 = true;
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
const _errs60 = errors;
if(typeof data29[i2] !== "string"){
validate10.errors = [{instancePath:instancePath+"/manager/emails/" + i2,schemaPath:"#/properties/manager/properties/emails/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs60 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/manager/emails",schemaPath:"#/properties/manager/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs58 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
let data31 = data.team;
const _errs62 = errors;
if(errors === _errs62){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing6;
if((((data31.size === undefined) && (missing6 = "size")) || ((data31.source === undefined) && (missing6 = "source"))) || ((data31.active === undefined) && (missing6 = "active"))){
validate10.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data31.size !== undefined){
let data32 = data31.size;
const _errs64 = errors;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
validate10.errors = [{instancePath:instancePath+"/team/size",schemaPath:"#/properties/team/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs64){
if(typeof data32 == "number"){
if(data32 < 1 || isNaN(data32)){
validate10.errors = [{instancePath:instancePath+"/team/size",schemaPath:"#/properties/team/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid9 = _errs64 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data31.source !== undefined){
let data33 = data31.source;
const _errs66 = errors;
if(!((data33 === "roster") || (data33 === "regulars"))){
validate10.errors = [{instancePath:instancePath+"/team/source",schemaPath:"#/properties/team/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.team.properties.source.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs66 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data31.active !== undefined){
let data34 = data31.active;
const _errs67 = errors;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
validate10.errors = [{instancePath:instancePath+"/team/active",schemaPath:"#/properties/team/properties/active/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs67){
if(typeof data34 == "number"){
if(data34 < 0 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/team/active",schemaPath:"#/properties/team/properties/active/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs67 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data31.members !== undefined){
let data35 = data31.members;
const _errs69 = errors;
if(errors === _errs69){
if(Array.isArray(data35)){
var valid10 = true;
const len3 = data35.length;
for(let i3=0; i3<len3; i3++){
let data36 = data35[i3];
const _errs71 = errors;
if(errors === _errs71){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
let missing7;
if(((((((data36.id === undefined) && (missing7 = "id")) || ((data36.name === undefined) && (missing7 = "name"))) || ((data36.emails === undefined) && (missing7 = "emails"))) || ((data36.commits === undefined) && (missing7 = "commits"))) || ((data36.handsOnCommits === undefined) && (missing7 = "handsOnCommits"))) || ((data36.churn === undefined) && (missing7 = "churn"))){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3,schemaPath:"#/properties/team/properties/members/items/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data36.id !== undefined){
const _errs73 = errors;
if(typeof data36.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/id",schemaPath:"#/properties/team/properties/members/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs73 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data36.name !== undefined){
const _errs75 = errors;
if(typeof data36.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/name",schemaPath:"#/properties/team/properties/members/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs75 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data36.emails !== undefined){
let data39 = data36.emails;
const _errs77 = errors;
if(errors === _errs77){
if(Array.isArray(data39)){
var valid12 = true;
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
const _errs79 = errors;
if(typeof data39[i4] !== "string"){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/emails/" + i4,schemaPath:"#/properties/team/properties/members/items/properties/emails/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs79 === errors;
if(!valid12){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/emails",schemaPath:"#/properties/team/properties/members/items/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs77 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data36.commits !== undefined){
let data41 = data36.commits;
const _errs81 = errors;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/commits",schemaPath:"#/properties/team/properties/members/items/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs81){
if(typeof data41 == "number"){
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/commits",schemaPath:"#/properties/team/properties/members/items/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid11 = _errs81 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data36.handsOnCommits !== undefined){
let data42 = data36.handsOnCommits;
const _errs83 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/handsOnCommits",schemaPath:"#/properties/team/properties/members/items/properties/handsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs83){
if(typeof data42 == "number"){
if(data42 < 0 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/handsOnCommits",schemaPath:"#/properties/team/properties/members/items/properties/handsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid11 = _errs83 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data36.churn !== undefined){
const _errs85 = errors;
if(!(typeof data36.churn == "number")){
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3+"/churn",schemaPath:"#/properties/team/properties/members/items/properties/churn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid11 = _errs85 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team/members/" + i3,schemaPath:"#/properties/team/properties/members/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs71 === errors;
if(!valid10){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team/members",schemaPath:"#/properties/team/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs69 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.handsOn !== undefined){
let data44 = data.handsOn;
const _errs87 = errors;
if(errors === _errs87){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing8;
if((((((((((data44.managerCommits === undefined) && (missing8 = "managerCommits")) || ((data44.teamCommits === undefined) && (missing8 = "teamCommits"))) || ((data44.share === undefined) && (missing8 = "share"))) || ((data44.fairShare === undefined) && (missing8 = "fairShare"))) || ((data44.ratio === undefined) && (missing8 = "ratio"))) || ((data44.managerChurn === undefined) && (missing8 = "managerChurn"))) || ((data44.teamChurn === undefined) && (missing8 = "teamChurn"))) || ((data44.churnShare === undefined) && (missing8 = "churnShare"))) || ((data44.managerLastHandsOn === undefined) && (missing8 = "managerLastHandsOn"))){
validate10.errors = [{instancePath:instancePath+"/handsOn",schemaPath:"#/properties/handsOn/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data44.managerCommits !== undefined){
let data45 = data44.managerCommits;
const _errs89 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
validate10.errors = [{instancePath:instancePath+"/handsOn/managerCommits",schemaPath:"#/properties/handsOn/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs89){
if(typeof data45 == "number"){
if(data45 < 0 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/handsOn/managerCommits",schemaPath:"#/properties/handsOn/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid13 = _errs89 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.teamCommits !== undefined){
let data46 = data44.teamCommits;
const _errs91 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
validate10.errors = [{instancePath:instancePath+"/handsOn/teamCommits",schemaPath:"#/properties/handsOn/properties/teamCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs91){
if(typeof data46 == "number"){
if(data46 < 0 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/handsOn/teamCommits",schemaPath:"#/properties/handsOn/properties/teamCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid13 = _errs91 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.share !== undefined){
let data47 = data44.share;
const _errs93 = errors;
if((!(typeof data47 == "number")) && (data47 !== null)){
validate10.errors = [{instancePath:instancePath+"/handsOn/share",schemaPath:"#/properties/handsOn/properties/share/type",keyword:"type",params:{type: schema11.properties.handsOn.properties.share.type},message:"must be number,null"}];
return false;
}
var valid13 = _errs93 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.fairShare !== undefined){
const _errs95 = errors;
if(!(typeof data44.fairShare == "number")){
validate10.errors = [{instancePath:instancePath+"/handsOn/fairShare",schemaPath:"#/properties/handsOn/properties/fairShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid13 = _errs95 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.ratio !== undefined){
let data49 = data44.ratio;
const _errs97 = errors;
if((!(typeof data49 == "number")) && (data49 !== null)){
validate10.errors = [{instancePath:instancePath+"/handsOn/ratio",schemaPath:"#/properties/handsOn/properties/ratio/type",keyword:"type",params:{type: schema11.properties.handsOn.properties.ratio.type},message:"must be number,null"}];
return false;
}
var valid13 = _errs97 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.managerChurn !== undefined){
const _errs99 = errors;
if(!(typeof data44.managerChurn == "number")){
validate10.errors = [{instancePath:instancePath+"/handsOn/managerChurn",schemaPath:"#/properties/handsOn/properties/managerChurn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid13 = _errs99 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.teamChurn !== undefined){
const _errs101 = errors;
if(!(typeof data44.teamChurn == "number")){
validate10.errors = [{instancePath:instancePath+"/handsOn/teamChurn",schemaPath:"#/properties/handsOn/properties/teamChurn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid13 = _errs101 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.churnShare !== undefined){
let data52 = data44.churnShare;
const _errs103 = errors;
if((!(typeof data52 == "number")) && (data52 !== null)){
validate10.errors = [{instancePath:instancePath+"/handsOn/churnShare",schemaPath:"#/properties/handsOn/properties/churnShare/type",keyword:"type",params:{type: schema11.properties.handsOn.properties.churnShare.type},message:"must be number,null"}];
return false;
}
var valid13 = _errs103 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.managerLastHandsOn !== undefined){
let data53 = data44.managerLastHandsOn;
const _errs105 = errors;
if((typeof data53 !== "string") && (data53 !== null)){
validate10.errors = [{instancePath:instancePath+"/handsOn/managerLastHandsOn",schemaPath:"#/properties/handsOn/properties/managerLastHandsOn/type",keyword:"type",params:{type: schema11.properties.handsOn.properties.managerLastHandsOn.type},message:"must be string,null"}];
return false;
}
var valid13 = _errs105 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handsOn",schemaPath:"#/properties/handsOn/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signal !== undefined){
let data54 = data.signal;
const _errs107 = errors;
if(errors === _errs107){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing9;
if(((data54.level === undefined) && (missing9 = "level")) || ((data54.reasons === undefined) && (missing9 = "reasons"))){
validate10.errors = [{instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data54.level !== undefined){
let data55 = data54.level;
const _errs109 = errors;
if(!(((((data55 === "holding-back") || (data55 === "watch")) || (data55 === "balanced")) || (data55 === "out-of-touch")) || (data55 === "insufficient-data"))){
validate10.errors = [{instancePath:instancePath+"/signal/level",schemaPath:"#/properties/signal/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.signal.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs109 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data54.reasons !== undefined){
let data56 = data54.reasons;
const _errs110 = errors;
if(errors === _errs110){
if(Array.isArray(data56)){
var valid15 = true;
const len5 = data56.length;
for(let i5=0; i5<len5; i5++){
const _errs112 = errors;
if(typeof data56[i5] !== "string"){
validate10.errors = [{instancePath:instancePath+"/signal/reasons/" + i5,schemaPath:"#/properties/signal/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs112 === errors;
if(!valid15){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signal/reasons",schemaPath:"#/properties/signal/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs110 === errors;
}
else {
var valid14 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs107 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tiers !== undefined){
let data58 = data.tiers;
const _errs114 = errors;
if(errors === _errs114){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
let missing10;
if(((data58.manager === undefined) && (missing10 = "manager")) || ((data58.team === undefined) && (missing10 = "team"))){
validate10.errors = [{instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data58.manager !== undefined){
let data59 = data58.manager;
const _errs116 = errors;
if(errors === _errs116){
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
let missing11;
if((((data59.strategic === undefined) && (missing11 = "strategic")) || ((data59.implementation === undefined) && (missing11 = "implementation"))) || ((data59.tactical === undefined) && (missing11 = "tactical"))){
validate10.errors = [{instancePath:instancePath+"/tiers/manager",schemaPath:"#/properties/tiers/properties/manager/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data59.strategic !== undefined){
let data60 = data59.strategic;
const _errs118 = errors;
if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/strategic",schemaPath:"#/properties/tiers/properties/manager/properties/strategic/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs118){
if(typeof data60 == "number"){
if(data60 < 0 || isNaN(data60)){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/strategic",schemaPath:"#/properties/tiers/properties/manager/properties/strategic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid17 = _errs118 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data59.implementation !== undefined){
let data61 = data59.implementation;
const _errs120 = errors;
if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/implementation",schemaPath:"#/properties/tiers/properties/manager/properties/implementation/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs120){
if(typeof data61 == "number"){
if(data61 < 0 || isNaN(data61)){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/implementation",schemaPath:"#/properties/tiers/properties/manager/properties/implementation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid17 = _errs120 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data59.tactical !== undefined){
let data62 = data59.tactical;
const _errs122 = errors;
if(!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/tactical",schemaPath:"#/properties/tiers/properties/manager/properties/tactical/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs122){
if(typeof data62 == "number"){
if(data62 < 0 || isNaN(data62)){
validate10.errors = [{instancePath:instancePath+"/tiers/manager/tactical",schemaPath:"#/properties/tiers/properties/manager/properties/tactical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid17 = _errs122 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/manager",schemaPath:"#/properties/tiers/properties/manager/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs116 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data58.team !== undefined){
let data63 = data58.team;
const _errs124 = errors;
if(errors === _errs124){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
let missing12;
if((((data63.strategic === undefined) && (missing12 = "strategic")) || ((data63.implementation === undefined) && (missing12 = "implementation"))) || ((data63.tactical === undefined) && (missing12 = "tactical"))){
validate10.errors = [{instancePath:instancePath+"/tiers/team",schemaPath:"#/properties/tiers/properties/team/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data63.strategic !== undefined){
let data64 = data63.strategic;
const _errs126 = errors;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
validate10.errors = [{instancePath:instancePath+"/tiers/team/strategic",schemaPath:"#/properties/tiers/properties/team/properties/strategic/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs126){
if(typeof data64 == "number"){
if(data64 < 0 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/tiers/team/strategic",schemaPath:"#/properties/tiers/properties/team/properties/strategic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs126 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data63.implementation !== undefined){
let data65 = data63.implementation;
const _errs128 = errors;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
validate10.errors = [{instancePath:instancePath+"/tiers/team/implementation",schemaPath:"#/properties/tiers/properties/team/properties/implementation/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs128){
if(typeof data65 == "number"){
if(data65 < 0 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/tiers/team/implementation",schemaPath:"#/properties/tiers/properties/team/properties/implementation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs128 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data63.tactical !== undefined){
let data66 = data63.tactical;
const _errs130 = errors;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
validate10.errors = [{instancePath:instancePath+"/tiers/team/tactical",schemaPath:"#/properties/tiers/properties/team/properties/tactical/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs130){
if(typeof data66 == "number"){
if(data66 < 0 || isNaN(data66)){
validate10.errors = [{instancePath:instancePath+"/tiers/team/tactical",schemaPath:"#/properties/tiers/properties/team/properties/tactical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs130 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/team",schemaPath:"#/properties/tiers/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs124 === errors;
}
else {
var valid16 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs114 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trend !== undefined){
let data67 = data.trend;
const _errs132 = errors;
if(errors === _errs132){
if(Array.isArray(data67)){
var valid19 = true;
const len6 = data67.length;
for(let i6=0; i6<len6; i6++){
let data68 = data67[i6];
const _errs134 = errors;
if(errors === _errs134){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
let missing13;
if((((((((data68.month === undefined) && (missing13 = "month")) || ((data68.share === undefined) && (missing13 = "share"))) || ((data68.ratio === undefined) && (missing13 = "ratio"))) || ((data68.level === undefined) && (missing13 = "level"))) || ((data68.managerCommits === undefined) && (missing13 = "managerCommits"))) || ((data68.teamCommits === undefined) && (missing13 = "teamCommits"))) || ((data68.tiers === undefined) && (missing13 = "tiers"))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6,schemaPath:"#/properties/trend/items/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
if(data68.month !== undefined){
let data69 = data68.month;
const _errs136 = errors;
if(errors === _errs136){
if(typeof data69 === "string"){
if(!pattern0.test(data69)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/month",schemaPath:"#/properties/trend/items/properties/month/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/month",schemaPath:"#/properties/trend/items/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs136 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.months !== undefined){
let data70 = data68.months;
const _errs138 = errors;
if(!((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/months",schemaPath:"#/properties/trend/items/properties/months/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs138){
if(typeof data70 == "number"){
if(data70 < 1 || isNaN(data70)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/months",schemaPath:"#/properties/trend/items/properties/months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid20 = _errs138 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.share !== undefined){
let data71 = data68.share;
const _errs140 = errors;
if((!(typeof data71 == "number")) && (data71 !== null)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/share",schemaPath:"#/properties/trend/items/properties/share/type",keyword:"type",params:{type: schema11.properties.trend.items.properties.share.type},message:"must be number,null"}];
return false;
}
var valid20 = _errs140 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.ratio !== undefined){
let data72 = data68.ratio;
const _errs142 = errors;
if((!(typeof data72 == "number")) && (data72 !== null)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/ratio",schemaPath:"#/properties/trend/items/properties/ratio/type",keyword:"type",params:{type: schema11.properties.trend.items.properties.ratio.type},message:"must be number,null"}];
return false;
}
var valid20 = _errs142 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.level !== undefined){
let data73 = data68.level;
const _errs144 = errors;
if(!(((((data73 === "holding-back") || (data73 === "watch")) || (data73 === "balanced")) || (data73 === "out-of-touch")) || (data73 === "insufficient-data"))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/level",schemaPath:"#/properties/trend/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.trend.items.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs144 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.managerCommits !== undefined){
let data74 = data68.managerCommits;
const _errs145 = errors;
if(!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/managerCommits",schemaPath:"#/properties/trend/items/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs145){
if(typeof data74 == "number"){
if(data74 < 0 || isNaN(data74)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/managerCommits",schemaPath:"#/properties/trend/items/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs145 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.teamCommits !== undefined){
let data75 = data68.teamCommits;
const _errs147 = errors;
if(!((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/teamCommits",schemaPath:"#/properties/trend/items/properties/teamCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs147){
if(typeof data75 == "number"){
if(data75 < 0 || isNaN(data75)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/teamCommits",schemaPath:"#/properties/trend/items/properties/teamCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs147 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.tiers !== undefined){
let data76 = data68.tiers;
const _errs149 = errors;
if(errors === _errs149){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
let missing14;
if((((data76.strategic === undefined) && (missing14 = "strategic")) || ((data76.implementation === undefined) && (missing14 = "implementation"))) || ((data76.tactical === undefined) && (missing14 = "tactical"))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers",schemaPath:"#/properties/trend/items/properties/tiers/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
if(data76.strategic !== undefined){
let data77 = data76.strategic;
const _errs151 = errors;
if(!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/strategic",schemaPath:"#/properties/trend/items/properties/tiers/properties/strategic/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs151){
if(typeof data77 == "number"){
if(data77 < 0 || isNaN(data77)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/strategic",schemaPath:"#/properties/trend/items/properties/tiers/properties/strategic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid21 = _errs151 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data76.implementation !== undefined){
let data78 = data76.implementation;
const _errs153 = errors;
if(!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/implementation",schemaPath:"#/properties/trend/items/properties/tiers/properties/implementation/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs153){
if(typeof data78 == "number"){
if(data78 < 0 || isNaN(data78)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/implementation",schemaPath:"#/properties/trend/items/properties/tiers/properties/implementation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid21 = _errs153 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data76.tactical !== undefined){
let data79 = data76.tactical;
const _errs155 = errors;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/tactical",schemaPath:"#/properties/trend/items/properties/tiers/properties/tactical/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs155){
if(typeof data79 == "number"){
if(data79 < 0 || isNaN(data79)){
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers/tactical",schemaPath:"#/properties/trend/items/properties/tiers/properties/tactical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid21 = _errs155 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/trend/" + i6+"/tiers",schemaPath:"#/properties/trend/items/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs149 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/trend/" + i6,schemaPath:"#/properties/trend/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs134 === errors;
if(!valid19){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/trend",schemaPath:"#/properties/trend/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs132 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notebooks !== undefined){
let data80 = data.notebooks;
const _errs157 = errors;
if(errors === _errs157){
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
let missing15;
if(((data80.manager === undefined) && (missing15 = "manager")) || ((data80.team === undefined) && (missing15 = "team"))){
validate10.errors = [{instancePath:instancePath+"/notebooks",schemaPath:"#/properties/notebooks/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
if(data80.manager !== undefined){
let data81 = data80.manager;
const _errs159 = errors;
if(errors === _errs159){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing16;
if((((((((data81.changes === undefined) && (missing16 = "changes")) || ((data81.rerunsOnly === undefined) && (missing16 = "rerunsOnly"))) || ((data81.cellsAdded === undefined) && (missing16 = "cellsAdded"))) || ((data81.cellsDeleted === undefined) && (missing16 = "cellsDeleted"))) || ((data81.cellsModified === undefined) && (missing16 = "cellsModified"))) || ((data81.linesAdded === undefined) && (missing16 = "linesAdded"))) || ((data81.linesDeleted === undefined) && (missing16 = "linesDeleted"))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager",schemaPath:"#/properties/notebooks/properties/manager/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
if(data81.changes !== undefined){
let data82 = data81.changes;
const _errs161 = errors;
if(!((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/changes",schemaPath:"#/properties/notebooks/properties/manager/properties/changes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs161){
if(typeof data82 == "number"){
if(data82 < 0 || isNaN(data82)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/changes",schemaPath:"#/properties/notebooks/properties/manager/properties/changes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs161 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.rerunsOnly !== undefined){
let data83 = data81.rerunsOnly;
const _errs163 = errors;
if(!((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/rerunsOnly",schemaPath:"#/properties/notebooks/properties/manager/properties/rerunsOnly/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs163){
if(typeof data83 == "number"){
if(data83 < 0 || isNaN(data83)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/rerunsOnly",schemaPath:"#/properties/notebooks/properties/manager/properties/rerunsOnly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs163 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.cellsAdded !== undefined){
let data84 = data81.cellsAdded;
const _errs165 = errors;
if(!((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsAdded",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsAdded/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs165){
if(typeof data84 == "number"){
if(data84 < 0 || isNaN(data84)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsAdded",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsAdded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs165 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.cellsDeleted !== undefined){
let data85 = data81.cellsDeleted;
const _errs167 = errors;
if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsDeleted",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsDeleted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs167){
if(typeof data85 == "number"){
if(data85 < 0 || isNaN(data85)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsDeleted",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsDeleted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs167 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.cellsModified !== undefined){
let data86 = data81.cellsModified;
const _errs169 = errors;
if(!((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsModified",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsModified/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs169){
if(typeof data86 == "number"){
if(data86 < 0 || isNaN(data86)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/cellsModified",schemaPath:"#/properties/notebooks/properties/manager/properties/cellsModified/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs169 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.linesAdded !== undefined){
const _errs171 = errors;
if(!(typeof data81.linesAdded == "number")){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/linesAdded",schemaPath:"#/properties/notebooks/properties/manager/properties/linesAdded/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid23 = _errs171 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.linesDeleted !== undefined){
const _errs173 = errors;
if(!(typeof data81.linesDeleted == "number")){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/linesDeleted",schemaPath:"#/properties/notebooks/properties/manager/properties/linesDeleted/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid23 = _errs173 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.fallbacks !== undefined){
let data89 = data81.fallbacks;
const _errs175 = errors;
if(!((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/fallbacks",schemaPath:"#/properties/notebooks/properties/manager/properties/fallbacks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs175){
if(typeof data89 == "number"){
if(data89 < 0 || isNaN(data89)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/fallbacks",schemaPath:"#/properties/notebooks/properties/manager/properties/fallbacks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs175 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.textNotebooks !== undefined){
let data90 = data81.textNotebooks;
const _errs177 = errors;
if(!((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/textNotebooks",schemaPath:"#/properties/notebooks/properties/manager/properties/textNotebooks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs177){
if(typeof data90 == "number"){
if(data90 < 0 || isNaN(data90)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/textNotebooks",schemaPath:"#/properties/notebooks/properties/manager/properties/textNotebooks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs177 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data81.pairedScripts !== undefined){
let data91 = data81.pairedScripts;
const _errs179 = errors;
if(!((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/pairedScripts",schemaPath:"#/properties/notebooks/properties/manager/properties/pairedScripts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs179){
if(typeof data91 == "number"){
if(data91 < 0 || isNaN(data91)){
validate10.errors = [{instancePath:instancePath+"/notebooks/manager/pairedScripts",schemaPath:"#/properties/notebooks/properties/manager/properties/pairedScripts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid23 = _errs179 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/notebooks/manager",schemaPath:"#/properties/notebooks/properties/manager/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs159 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data80.team !== undefined){
let data92 = data80.team;
const _errs181 = errors;
if(errors === _errs181){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
let missing17;
if((((((((data92.changes === undefined) && (missing17 = "changes")) || ((data92.rerunsOnly === undefined) && (missing17 = "rerunsOnly"))) || ((data92.cellsAdded === undefined) && (missing17 = "cellsAdded"))) || ((data92.cellsDeleted === undefined) && (missing17 = "cellsDeleted"))) || ((data92.cellsModified === undefined) && (missing17 = "cellsModified"))) || ((data92.linesAdded === undefined) && (missing17 = "linesAdded"))) || ((data92.linesDeleted === undefined) && (missing17 = "linesDeleted"))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team",schemaPath:"#/properties/notebooks/properties/team/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
if(data92.changes !== undefined){
let data93 = data92.changes;
const _errs183 = errors;
if(!((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/changes",schemaPath:"#/properties/notebooks/properties/team/properties/changes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs183){
if(typeof data93 == "number"){
if(data93 < 0 || isNaN(data93)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/changes",schemaPath:"#/properties/notebooks/properties/team/properties/changes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs183 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.rerunsOnly !== undefined){
let data94 = data92.rerunsOnly;
const _errs185 = errors;
if(!((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/rerunsOnly",schemaPath:"#/properties/notebooks/properties/team/properties/rerunsOnly/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs185){
if(typeof data94 == "number"){
if(data94 < 0 || isNaN(data94)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/rerunsOnly",schemaPath:"#/properties/notebooks/properties/team/properties/rerunsOnly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs185 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.cellsAdded !== undefined){
let data95 = data92.cellsAdded;
const _errs187 = errors;
if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsAdded",schemaPath:"#/properties/notebooks/properties/team/properties/cellsAdded/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs187){
if(typeof data95 == "number"){
if(data95 < 0 || isNaN(data95)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsAdded",schemaPath:"#/properties/notebooks/properties/team/properties/cellsAdded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs187 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.cellsDeleted !== undefined){
let data96 = data92.cellsDeleted;
const _errs189 = errors;
if(!((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsDeleted",schemaPath:"#/properties/notebooks/properties/team/properties/cellsDeleted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs189){
if(typeof data96 == "number"){
if(data96 < 0 || isNaN(data96)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsDeleted",schemaPath:"#/properties/notebooks/properties/team/properties/cellsDeleted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs189 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.cellsModified !== undefined){
let data97 = data92.cellsModified;
const _errs191 = errors;
if(!((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsModified",schemaPath:"#/properties/notebooks/properties/team/properties/cellsModified/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs191){
if(typeof data97 == "number"){
if(data97 < 0 || isNaN(data97)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/cellsModified",schemaPath:"#/properties/notebooks/properties/team/properties/cellsModified/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs191 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.linesAdded !== undefined){
const _errs193 = errors;
if(!(typeof data92.linesAdded == "number")){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/linesAdded",schemaPath:"#/properties/notebooks/properties/team/properties/linesAdded/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid24 = _errs193 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.linesDeleted !== undefined){
const _errs195 = errors;
if(!(typeof data92.linesDeleted == "number")){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/linesDeleted",schemaPath:"#/properties/notebooks/properties/team/properties/linesDeleted/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid24 = _errs195 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.fallbacks !== undefined){
let data100 = data92.fallbacks;
const _errs197 = errors;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/fallbacks",schemaPath:"#/properties/notebooks/properties/team/properties/fallbacks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs197){
if(typeof data100 == "number"){
if(data100 < 0 || isNaN(data100)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/fallbacks",schemaPath:"#/properties/notebooks/properties/team/properties/fallbacks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs197 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.textNotebooks !== undefined){
let data101 = data92.textNotebooks;
const _errs199 = errors;
if(!((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/textNotebooks",schemaPath:"#/properties/notebooks/properties/team/properties/textNotebooks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs199){
if(typeof data101 == "number"){
if(data101 < 0 || isNaN(data101)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/textNotebooks",schemaPath:"#/properties/notebooks/properties/team/properties/textNotebooks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs199 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data92.pairedScripts !== undefined){
let data102 = data92.pairedScripts;
const _errs201 = errors;
if(!((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/pairedScripts",schemaPath:"#/properties/notebooks/properties/team/properties/pairedScripts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs201){
if(typeof data102 == "number"){
if(data102 < 0 || isNaN(data102)){
validate10.errors = [{instancePath:instancePath+"/notebooks/team/pairedScripts",schemaPath:"#/properties/notebooks/properties/team/properties/pairedScripts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid24 = _errs201 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/notebooks/team",schemaPath:"#/properties/notebooks/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs181 === errors;
}
else {
var valid22 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/notebooks",schemaPath:"#/properties/notebooks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs157 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ownership !== undefined){
let data103 = data.ownership;
const _errs203 = errors;
if(errors === _errs203){
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
let missing18;
if((data103.onlyYouMaintain === undefined) && (missing18 = "onlyYouMaintain")){
validate10.errors = [{instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
if(data103.asOf !== undefined){
const _errs205 = errors;
if(typeof data103.asOf !== "string"){
validate10.errors = [{instancePath:instancePath+"/ownership/asOf",schemaPath:"#/properties/ownership/properties/asOf/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs205 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data103.notebooksChanged !== undefined){
let data105 = data103.notebooksChanged;
const _errs207 = errors;
if(!((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105)))){
validate10.errors = [{instancePath:instancePath+"/ownership/notebooksChanged",schemaPath:"#/properties/ownership/properties/notebooksChanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs207){
if(typeof data105 == "number"){
if(data105 < 0 || isNaN(data105)){
validate10.errors = [{instancePath:instancePath+"/ownership/notebooksChanged",schemaPath:"#/properties/ownership/properties/notebooksChanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid25 = _errs207 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data103.managerNotebooksChanged !== undefined){
let data106 = data103.managerNotebooksChanged;
const _errs209 = errors;
if(!((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106)))){
validate10.errors = [{instancePath:instancePath+"/ownership/managerNotebooksChanged",schemaPath:"#/properties/ownership/properties/managerNotebooksChanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs209){
if(typeof data106 == "number"){
if(data106 < 0 || isNaN(data106)){
validate10.errors = [{instancePath:instancePath+"/ownership/managerNotebooksChanged",schemaPath:"#/properties/ownership/properties/managerNotebooksChanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid25 = _errs209 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data103.onlyYouMaintain !== undefined){
let data107 = data103.onlyYouMaintain;
const _errs211 = errors;
if(errors === _errs211){
if(Array.isArray(data107)){
var valid26 = true;
const len7 = data107.length;
for(let i7=0; i7<len7; i7++){
let data108 = data107[i7];
const _errs213 = errors;
if(errors === _errs213){
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
let missing19;
if((((((data108.repo === undefined) && (missing19 = "repo")) || ((data108.path === undefined) && (missing19 = "path"))) || ((data108.managerShare === undefined) && (missing19 = "managerShare"))) || ((data108.lastChange === undefined) && (missing19 = "lastChange"))) || ((data108.lastTeamTouch === undefined) && (missing19 = "lastTeamTouch"))){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7,schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
if(data108.repo !== undefined){
const _errs215 = errors;
if(typeof data108.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7+"/repo",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs215 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data108.path !== undefined){
const _errs217 = errors;
if(typeof data108.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7+"/path",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs217 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data108.managerShare !== undefined){
const _errs219 = errors;
if(!(typeof data108.managerShare == "number")){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7+"/managerShare",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/properties/managerShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid27 = _errs219 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data108.lastChange !== undefined){
const _errs221 = errors;
if(typeof data108.lastChange !== "string"){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7+"/lastChange",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/properties/lastChange/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs221 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data108.lastTeamTouch !== undefined){
let data113 = data108.lastTeamTouch;
const _errs223 = errors;
if((typeof data113 !== "string") && (data113 !== null)){
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7+"/lastTeamTouch",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/properties/lastTeamTouch/type",keyword:"type",params:{type: schema11.properties.ownership.properties.onlyYouMaintain.items.properties.lastTeamTouch.type},message:"must be string,null"}];
return false;
}
var valid27 = _errs223 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain/" + i7,schemaPath:"#/properties/ownership/properties/onlyYouMaintain/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid26 = _errs213 === errors;
if(!valid26){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ownership/onlyYouMaintain",schemaPath:"#/properties/ownership/properties/onlyYouMaintain/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid25 = _errs211 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs203 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeovers !== undefined){
let data114 = data.takeovers;
const _errs225 = errors;
if(errors === _errs225){
if(Array.isArray(data114)){
var valid28 = true;
const len8 = data114.length;
for(let i8=0; i8<len8; i8++){
let data115 = data114[i8];
const _errs227 = errors;
if(errors === _errs227){
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
let missing20;
if((((((data115.repo === undefined) && (missing20 = "repo")) || ((data115.path === undefined) && (missing20 = "path"))) || ((data115.owner === undefined) && (missing20 = "owner"))) || ((data115.at === undefined) && (missing20 = "at"))) || ((data115.inFlight === undefined) && (missing20 = "inFlight"))){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8,schemaPath:"#/properties/takeovers/items/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
else {
if(data115.repo !== undefined){
const _errs229 = errors;
if(typeof data115.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/repo",schemaPath:"#/properties/takeovers/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs229 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.path !== undefined){
const _errs231 = errors;
if(typeof data115.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/path",schemaPath:"#/properties/takeovers/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs231 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.owner !== undefined){
const _errs233 = errors;
if(typeof data115.owner !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/owner",schemaPath:"#/properties/takeovers/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs233 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.ownerName !== undefined){
const _errs235 = errors;
if(typeof data115.ownerName !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/ownerName",schemaPath:"#/properties/takeovers/items/properties/ownerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs235 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.at !== undefined){
const _errs237 = errors;
if(typeof data115.at !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/at",schemaPath:"#/properties/takeovers/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs237 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.sha !== undefined){
const _errs239 = errors;
if(typeof data115.sha !== "string"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/sha",schemaPath:"#/properties/takeovers/items/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs239 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data115.inFlight !== undefined){
const _errs241 = errors;
if(typeof data115.inFlight !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/inFlight",schemaPath:"#/properties/takeovers/items/properties/inFlight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid29 = _errs241 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8,schemaPath:"#/properties/takeovers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs227 === errors;
if(!valid28){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/takeovers",schemaPath:"#/properties/takeovers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs225 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.handoffs !== undefined){
let data123 = data.handoffs;
const _errs243 = errors;
if(errors === _errs243){
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
let missing21;
if(((data123.handedOff === undefined) && (missing21 = "handedOff")) || ((data123.newHoards === undefined) && (missing21 = "newHoards"))){
validate10.errors = [{instancePath:instancePath+"/handoffs",schemaPath:"#/properties/handoffs/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
return false;
}
else {
if(data123.handedOff !== undefined){
let data124 = data123.handedOff;
const _errs245 = errors;
if(errors === _errs245){
if(Array.isArray(data124)){
var valid31 = true;
const len9 = data124.length;
for(let i9=0; i9<len9; i9++){
let data125 = data124[i9];
const _errs247 = errors;
if(errors === _errs247){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
let missing22;
if(((((((data125.repo === undefined) && (missing22 = "repo")) || ((data125.path === undefined) && (missing22 = "path"))) || ((data125.month === undefined) && (missing22 = "month"))) || ((data125.since === undefined) && (missing22 = "since"))) || ((data125.owner === undefined) && (missing22 = "owner"))) || ((data125.share === undefined) && (missing22 = "share"))){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9,schemaPath:"#/properties/handoffs/properties/handedOff/items/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
return false;
}
else {
if(data125.repo !== undefined){
const _errs249 = errors;
if(typeof data125.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/repo",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs249 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.path !== undefined){
const _errs251 = errors;
if(typeof data125.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/path",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs251 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.oldPath !== undefined){
const _errs253 = errors;
if(typeof data125.oldPath !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/oldPath",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/oldPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs253 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.month !== undefined){
let data129 = data125.month;
const _errs255 = errors;
if(errors === _errs255){
if(typeof data129 === "string"){
if(!pattern0.test(data129)){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/month",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/month/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/month",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid32 = _errs255 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.since !== undefined){
let data130 = data125.since;
const _errs257 = errors;
if(errors === _errs257){
if(typeof data130 === "string"){
if(!pattern0.test(data130)){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/since",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/since/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/since",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid32 = _errs257 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.owner !== undefined){
const _errs259 = errors;
if(typeof data125.owner !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/owner",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs259 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.ownerName !== undefined){
const _errs261 = errors;
if(typeof data125.ownerName !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/ownerName",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/ownerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs261 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data125.share !== undefined){
const _errs263 = errors;
if(!(typeof data125.share == "number")){
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9+"/share",schemaPath:"#/properties/handoffs/properties/handedOff/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid32 = _errs263 === errors;
}
else {
var valid32 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff/" + i9,schemaPath:"#/properties/handoffs/properties/handedOff/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs247 === errors;
if(!valid31){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/handedOff",schemaPath:"#/properties/handoffs/properties/handedOff/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid30 = _errs245 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data123.newHoards !== undefined){
let data134 = data123.newHoards;
const _errs265 = errors;
if(errors === _errs265){
if(Array.isArray(data134)){
var valid33 = true;
const len10 = data134.length;
for(let i10=0; i10<len10; i10++){
let data135 = data134[i10];
const _errs267 = errors;
if(errors === _errs267){
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
let missing23;
if((((data135.repo === undefined) && (missing23 = "repo")) || ((data135.path === undefined) && (missing23 = "path"))) || ((data135.month === undefined) && (missing23 = "month"))){
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10,schemaPath:"#/properties/handoffs/properties/newHoards/items/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"}];
return false;
}
else {
if(data135.repo !== undefined){
const _errs269 = errors;
if(typeof data135.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10+"/repo",schemaPath:"#/properties/handoffs/properties/newHoards/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid34 = _errs269 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data135.path !== undefined){
const _errs271 = errors;
if(typeof data135.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10+"/path",schemaPath:"#/properties/handoffs/properties/newHoards/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid34 = _errs271 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data135.month !== undefined){
let data138 = data135.month;
const _errs273 = errors;
if(errors === _errs273){
if(typeof data138 === "string"){
if(!pattern0.test(data138)){
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10+"/month",schemaPath:"#/properties/handoffs/properties/newHoards/items/properties/month/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10+"/month",schemaPath:"#/properties/handoffs/properties/newHoards/items/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs273 === errors;
}
else {
var valid34 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards/" + i10,schemaPath:"#/properties/handoffs/properties/newHoards/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid33 = _errs267 === errors;
if(!valid33){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs/newHoards",schemaPath:"#/properties/handoffs/properties/newHoards/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid30 = _errs265 === errors;
}
else {
var valid30 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/handoffs",schemaPath:"#/properties/handoffs/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs243 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snacks !== undefined){
let data139 = data.snacks;
const _errs275 = errors;
if(errors === _errs275){
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
let missing24;
if((((data139.count === undefined) && (missing24 = "count")) || ((data139.handsOnCommits === undefined) && (missing24 = "handsOnCommits"))) || ((data139.share === undefined) && (missing24 = "share"))){
validate10.errors = [{instancePath:instancePath+"/snacks",schemaPath:"#/properties/snacks/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"}];
return false;
}
else {
if(data139.count !== undefined){
let data140 = data139.count;
const _errs277 = errors;
if(!((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140)))){
validate10.errors = [{instancePath:instancePath+"/snacks/count",schemaPath:"#/properties/snacks/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs277){
if(typeof data140 == "number"){
if(data140 < 0 || isNaN(data140)){
validate10.errors = [{instancePath:instancePath+"/snacks/count",schemaPath:"#/properties/snacks/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid35 = _errs277 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data139.handsOnCommits !== undefined){
let data141 = data139.handsOnCommits;
const _errs279 = errors;
if(!((typeof data141 == "number") && (!(data141 % 1) && !isNaN(data141)))){
validate10.errors = [{instancePath:instancePath+"/snacks/handsOnCommits",schemaPath:"#/properties/snacks/properties/handsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs279){
if(typeof data141 == "number"){
if(data141 < 0 || isNaN(data141)){
validate10.errors = [{instancePath:instancePath+"/snacks/handsOnCommits",schemaPath:"#/properties/snacks/properties/handsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid35 = _errs279 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data139.share !== undefined){
let data142 = data139.share;
const _errs281 = errors;
if((!(typeof data142 == "number")) && (data142 !== null)){
validate10.errors = [{instancePath:instancePath+"/snacks/share",schemaPath:"#/properties/snacks/properties/share/type",keyword:"type",params:{type: schema11.properties.snacks.properties.share.type},message:"must be number,null"}];
return false;
}
var valid35 = _errs281 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/snacks",schemaPath:"#/properties/snacks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs275 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.afterHoursShare !== undefined){
let data143 = data.afterHoursShare;
const _errs283 = errors;
if((!(typeof data143 == "number")) && (data143 !== null)){
validate10.errors = [{instancePath:instancePath+"/afterHoursShare",schemaPath:"#/properties/afterHoursShare/type",keyword:"type",params:{type: schema11.properties.afterHoursShare.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs283 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.excluded !== undefined){
let data144 = data.excluded;
const _errs285 = errors;
if(errors === _errs285){
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
let missing25;
if((((data144.bots === undefined) && (missing25 = "bots")) || ((data144.outsideTeam === undefined) && (missing25 = "outsideTeam"))) || ((data144.merges === undefined) && (missing25 = "merges"))){
validate10.errors = [{instancePath:instancePath+"/excluded",schemaPath:"#/properties/excluded/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"}];
return false;
}
else {
if(data144.bots !== undefined){
let data145 = data144.bots;
const _errs287 = errors;
if(errors === _errs287){
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
let missing26;
if(((data145.commits === undefined) && (missing26 = "commits")) || ((data145.names === undefined) && (missing26 = "names"))){
validate10.errors = [{instancePath:instancePath+"/excluded/bots",schemaPath:"#/properties/excluded/properties/bots/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"}];
return false;
}
else {
if(data145.commits !== undefined){
let data146 = data145.commits;
const _errs289 = errors;
if(!((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146)))){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/commits",schemaPath:"#/properties/excluded/properties/bots/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs289){
if(typeof data146 == "number"){
if(data146 < 0 || isNaN(data146)){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/commits",schemaPath:"#/properties/excluded/properties/bots/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid37 = _errs289 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data145.names !== undefined){
let data147 = data145.names;
const _errs291 = errors;
if(errors === _errs291){
if(Array.isArray(data147)){
var valid38 = true;
const len11 = data147.length;
for(let i11=0; i11<len11; i11++){
const _errs293 = errors;
if(typeof data147[i11] !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/names/" + i11,schemaPath:"#/properties/excluded/properties/bots/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid38 = _errs293 === errors;
if(!valid38){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/bots/names",schemaPath:"#/properties/excluded/properties/bots/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid37 = _errs291 === errors;
}
else {
var valid37 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/bots",schemaPath:"#/properties/excluded/properties/bots/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs287 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data144.outsideTeam !== undefined){
let data149 = data144.outsideTeam;
const _errs295 = errors;
if(errors === _errs295){
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
let missing27;
if(((data149.commits === undefined) && (missing27 = "commits")) || ((data149.authors === undefined) && (missing27 = "authors"))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam",schemaPath:"#/properties/excluded/properties/outsideTeam/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"}];
return false;
}
else {
if(data149.commits !== undefined){
let data150 = data149.commits;
const _errs297 = errors;
if(!((typeof data150 == "number") && (!(data150 % 1) && !isNaN(data150)))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/commits",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs297){
if(typeof data150 == "number"){
if(data150 < 0 || isNaN(data150)){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/commits",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid39 = _errs297 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data149.authors !== undefined){
let data151 = data149.authors;
const _errs299 = errors;
if(!((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151)))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/authors",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/authors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs299){
if(typeof data151 == "number"){
if(data151 < 0 || isNaN(data151)){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/authors",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/authors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid39 = _errs299 === errors;
}
else {
var valid39 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam",schemaPath:"#/properties/excluded/properties/outsideTeam/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs295 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data144.merges !== undefined){
let data152 = data144.merges;
const _errs301 = errors;
if(!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))){
validate10.errors = [{instancePath:instancePath+"/excluded/merges",schemaPath:"#/properties/excluded/properties/merges/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs301){
if(typeof data152 == "number"){
if(data152 < 0 || isNaN(data152)){
validate10.errors = [{instancePath:instancePath+"/excluded/merges",schemaPath:"#/properties/excluded/properties/merges/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid36 = _errs301 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data144.automation !== undefined){
let data153 = data144.automation;
const _errs303 = errors;
if(errors === _errs303){
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
let missing28;
if(((data153.commits === undefined) && (missing28 = "commits")) || ((data153.identities === undefined) && (missing28 = "identities"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation",schemaPath:"#/properties/excluded/properties/automation/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"}];
return false;
}
else {
if(data153.commits !== undefined){
let data154 = data153.commits;
const _errs305 = errors;
if(!((typeof data154 == "number") && (!(data154 % 1) && !isNaN(data154)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/commits",schemaPath:"#/properties/excluded/properties/automation/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs305){
if(typeof data154 == "number"){
if(data154 < 0 || isNaN(data154)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/commits",schemaPath:"#/properties/excluded/properties/automation/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid40 = _errs305 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data153.identities !== undefined){
let data155 = data153.identities;
const _errs307 = errors;
if(errors === _errs307){
if(Array.isArray(data155)){
var valid41 = true;
const len12 = data155.length;
for(let i12=0; i12<len12; i12++){
let data156 = data155[i12];
const _errs309 = errors;
if(errors === _errs309){
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
let missing29;
if((((((((data156.name === undefined) && (missing29 = "name")) || ((data156.email === undefined) && (missing29 = "email"))) || ((data156.rule === undefined) && (missing29 = "rule"))) || ((data156.commits === undefined) && (missing29 = "commits"))) || ((data156.matching === undefined) && (missing29 = "matching"))) || ((data156.share === undefined) && (missing29 = "share"))) || ((data156.template === undefined) && (missing29 = "template"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12,schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/required",keyword:"required",params:{missingProperty: missing29},message:"must have required property '"+missing29+"'"}];
return false;
}
else {
if(data156.name !== undefined){
const _errs311 = errors;
if(typeof data156.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/name",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs311 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.email !== undefined){
const _errs313 = errors;
if(typeof data156.email !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/email",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs313 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.rule !== undefined){
let data159 = data156.rule;
const _errs315 = errors;
if(!((data159 === "template") || (data159 === "files"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/rule",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema11.properties.excluded.properties.automation.properties.identities.items.properties.rule.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid42 = _errs315 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.commits !== undefined){
let data160 = data156.commits;
const _errs316 = errors;
if(!((typeof data160 == "number") && (!(data160 % 1) && !isNaN(data160)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/commits",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs316){
if(typeof data160 == "number"){
if(data160 < 0 || isNaN(data160)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/commits",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid42 = _errs316 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.matching !== undefined){
let data161 = data156.matching;
const _errs318 = errors;
if(!((typeof data161 == "number") && (!(data161 % 1) && !isNaN(data161)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/matching",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/matching/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs318){
if(typeof data161 == "number"){
if(data161 < 0 || isNaN(data161)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/matching",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/matching/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid42 = _errs318 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.share !== undefined){
const _errs320 = errors;
if(!(typeof data156.share == "number")){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/share",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid42 = _errs320 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data156.template !== undefined){
const _errs322 = errors;
if(typeof data156.template !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12+"/template",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs322 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i12,schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs309 === errors;
if(!valid41){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities",schemaPath:"#/properties/excluded/properties/automation/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid40 = _errs307 === errors;
}
else {
var valid40 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/automation",schemaPath:"#/properties/excluded/properties/automation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs303 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded",schemaPath:"#/properties/excluded/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs285 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aiAssisted !== undefined){
let data164 = data.aiAssisted;
const _errs324 = errors;
if(errors === _errs324){
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
let missing30;
if(((((data164.managerCommits === undefined) && (missing30 = "managerCommits")) || ((data164.teamCommits === undefined) && (missing30 = "teamCommits"))) || ((data164.withoutPerson === undefined) && (missing30 = "withoutPerson"))) || ((data164.assistants === undefined) && (missing30 = "assistants"))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted",schemaPath:"#/properties/aiAssisted/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"}];
return false;
}
else {
if(data164.managerCommits !== undefined){
let data165 = data164.managerCommits;
const _errs326 = errors;
if(!((typeof data165 == "number") && (!(data165 % 1) && !isNaN(data165)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/managerCommits",schemaPath:"#/properties/aiAssisted/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs326){
if(typeof data165 == "number"){
if(data165 < 0 || isNaN(data165)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/managerCommits",schemaPath:"#/properties/aiAssisted/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid43 = _errs326 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data164.teamCommits !== undefined){
let data166 = data164.teamCommits;
const _errs328 = errors;
if(!((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/teamCommits",schemaPath:"#/properties/aiAssisted/properties/teamCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs328){
if(typeof data166 == "number"){
if(data166 < 0 || isNaN(data166)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/teamCommits",schemaPath:"#/properties/aiAssisted/properties/teamCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid43 = _errs328 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data164.withoutPerson !== undefined){
let data167 = data164.withoutPerson;
const _errs330 = errors;
if(!((typeof data167 == "number") && (!(data167 % 1) && !isNaN(data167)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/withoutPerson",schemaPath:"#/properties/aiAssisted/properties/withoutPerson/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs330){
if(typeof data167 == "number"){
if(data167 < 0 || isNaN(data167)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/withoutPerson",schemaPath:"#/properties/aiAssisted/properties/withoutPerson/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid43 = _errs330 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data164.assistants !== undefined){
let data168 = data164.assistants;
const _errs332 = errors;
if(errors === _errs332){
if(Array.isArray(data168)){
var valid44 = true;
const len13 = data168.length;
for(let i13=0; i13<len13; i13++){
const _errs334 = errors;
if(typeof data168[i13] !== "string"){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/assistants/" + i13,schemaPath:"#/properties/aiAssisted/properties/assistants/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid44 = _errs334 === errors;
if(!valid44){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aiAssisted/assistants",schemaPath:"#/properties/aiAssisted/properties/assistants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid43 = _errs332 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aiAssisted",schemaPath:"#/properties/aiAssisted/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs324 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leadByExample !== undefined){
let data170 = data.leadByExample;
const _errs336 = errors;
if(errors === _errs336){
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
let missing31;
if((((((data170.reviews === undefined) && (missing31 = "reviews")) || ((data170.pairedCommits === undefined) && (missing31 = "pairedCommits"))) || ((data170.membersReviewed === undefined) && (missing31 = "membersReviewed"))) || ((data170.teamReviews === undefined) && (missing31 = "teamReviews"))) || ((data170.sources === undefined) && (missing31 = "sources"))){
validate10.errors = [{instancePath:instancePath+"/leadByExample",schemaPath:"#/properties/leadByExample/required",keyword:"required",params:{missingProperty: missing31},message:"must have required property '"+missing31+"'"}];
return false;
}
else {
if(data170.reviews !== undefined){
let data171 = data170.reviews;
const _errs338 = errors;
if(!((typeof data171 == "number") && (!(data171 % 1) && !isNaN(data171)))){
validate10.errors = [{instancePath:instancePath+"/leadByExample/reviews",schemaPath:"#/properties/leadByExample/properties/reviews/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs338){
if(typeof data171 == "number"){
if(data171 < 0 || isNaN(data171)){
validate10.errors = [{instancePath:instancePath+"/leadByExample/reviews",schemaPath:"#/properties/leadByExample/properties/reviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid45 = _errs338 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data170.pairedCommits !== undefined){
let data172 = data170.pairedCommits;
const _errs340 = errors;
if(!((typeof data172 == "number") && (!(data172 % 1) && !isNaN(data172)))){
validate10.errors = [{instancePath:instancePath+"/leadByExample/pairedCommits",schemaPath:"#/properties/leadByExample/properties/pairedCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs340){
if(typeof data172 == "number"){
if(data172 < 0 || isNaN(data172)){
validate10.errors = [{instancePath:instancePath+"/leadByExample/pairedCommits",schemaPath:"#/properties/leadByExample/properties/pairedCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid45 = _errs340 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data170.membersReviewed !== undefined){
let data173 = data170.membersReviewed;
const _errs342 = errors;
if(!((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173)))){
validate10.errors = [{instancePath:instancePath+"/leadByExample/membersReviewed",schemaPath:"#/properties/leadByExample/properties/membersReviewed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs342){
if(typeof data173 == "number"){
if(data173 < 0 || isNaN(data173)){
validate10.errors = [{instancePath:instancePath+"/leadByExample/membersReviewed",schemaPath:"#/properties/leadByExample/properties/membersReviewed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid45 = _errs342 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data170.teamReviews !== undefined){
let data174 = data170.teamReviews;
const _errs344 = errors;
if(!((typeof data174 == "number") && (!(data174 % 1) && !isNaN(data174)))){
validate10.errors = [{instancePath:instancePath+"/leadByExample/teamReviews",schemaPath:"#/properties/leadByExample/properties/teamReviews/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs344){
if(typeof data174 == "number"){
if(data174 < 0 || isNaN(data174)){
validate10.errors = [{instancePath:instancePath+"/leadByExample/teamReviews",schemaPath:"#/properties/leadByExample/properties/teamReviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid45 = _errs344 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data170.sources !== undefined){
let data175 = data170.sources;
const _errs346 = errors;
if(errors === _errs346){
if(Array.isArray(data175)){
var valid46 = true;
const len14 = data175.length;
for(let i14=0; i14<len14; i14++){
let data176 = data175[i14];
const _errs348 = errors;
if(!((data176 === "trailers") || (data176 === "github"))){
validate10.errors = [{instancePath:instancePath+"/leadByExample/sources/" + i14,schemaPath:"#/properties/leadByExample/properties/sources/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.leadByExample.properties.sources.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid46 = _errs348 === errors;
if(!valid46){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/leadByExample/sources",schemaPath:"#/properties/leadByExample/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid45 = _errs346 === errors;
}
else {
var valid45 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/leadByExample",schemaPath:"#/properties/leadByExample/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs336 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identities !== undefined){
let data177 = data.identities;
const _errs349 = errors;
if(errors === _errs349){
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
let missing32;
if((data177.merged === undefined) && (missing32 = "merged")){
validate10.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/required",keyword:"required",params:{missingProperty: missing32},message:"must have required property '"+missing32+"'"}];
return false;
}
else {
if(data177.merged !== undefined){
let data178 = data177.merged;
const _errs351 = errors;
if(errors === _errs351){
if(Array.isArray(data178)){
var valid48 = true;
const len15 = data178.length;
for(let i15=0; i15<len15; i15++){
let data179 = data178[i15];
const _errs353 = errors;
if(errors === _errs353){
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
let missing33;
if((((data179.id === undefined) && (missing33 = "id")) || ((data179.names === undefined) && (missing33 = "names"))) || ((data179.emails === undefined) && (missing33 = "emails"))){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15,schemaPath:"#/properties/identities/properties/merged/items/required",keyword:"required",params:{missingProperty: missing33},message:"must have required property '"+missing33+"'"}];
return false;
}
else {
if(data179.id !== undefined){
const _errs355 = errors;
if(typeof data179.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15+"/id",schemaPath:"#/properties/identities/properties/merged/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid49 = _errs355 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data179.names !== undefined){
let data181 = data179.names;
const _errs357 = errors;
if(errors === _errs357){
if(Array.isArray(data181)){
var valid50 = true;
const len16 = data181.length;
for(let i16=0; i16<len16; i16++){
const _errs359 = errors;
if(typeof data181[i16] !== "string"){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15+"/names/" + i16,schemaPath:"#/properties/identities/properties/merged/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid50 = _errs359 === errors;
if(!valid50){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15+"/names",schemaPath:"#/properties/identities/properties/merged/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid49 = _errs357 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data179.emails !== undefined){
let data183 = data179.emails;
const _errs361 = errors;
if(errors === _errs361){
if(Array.isArray(data183)){
var valid51 = true;
const len17 = data183.length;
for(let i17=0; i17<len17; i17++){
const _errs363 = errors;
if(typeof data183[i17] !== "string"){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15+"/emails/" + i17,schemaPath:"#/properties/identities/properties/merged/items/properties/emails/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid51 = _errs363 === errors;
if(!valid51){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15+"/emails",schemaPath:"#/properties/identities/properties/merged/items/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid49 = _errs361 === errors;
}
else {
var valid49 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i15,schemaPath:"#/properties/identities/properties/merged/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid48 = _errs353 === errors;
if(!valid48){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities/merged",schemaPath:"#/properties/identities/properties/merged/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs349 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delegation !== undefined){
let data185 = data.delegation;
const _errs365 = errors;
if(errors === _errs365){
if(Array.isArray(data185)){
var valid52 = true;
const len18 = data185.length;
for(let i18=0; i18<len18; i18++){
let data186 = data185[i18];
const _errs367 = errors;
if(errors === _errs367){
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
let missing34;
if(((((((((data186.tier === undefined) && (missing34 = "tier")) || ((data186.since === undefined) && (missing34 = "since"))) || ((data186.weeks === undefined) && (missing34 = "weeks"))) || ((data186.end === undefined) && (missing34 = "end"))) || ((data186.startShare === undefined) && (missing34 = "startShare"))) || ((data186.nowShare === undefined) && (missing34 = "nowShare"))) || ((data186.targetShare === undefined) && (missing34 = "targetShare"))) || ((data186.elapsed === undefined) && (missing34 = "elapsed"))){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18,schemaPath:"#/properties/delegation/items/required",keyword:"required",params:{missingProperty: missing34},message:"must have required property '"+missing34+"'"}];
return false;
}
else {
if(data186.tier !== undefined){
let data187 = data186.tier;
const _errs369 = errors;
if(!(((data187 === "strategic") || (data187 === "implementation")) || (data187 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/tier",schemaPath:"#/properties/delegation/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.delegation.items.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid53 = _errs369 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.since !== undefined){
const _errs370 = errors;
if(typeof data186.since !== "string"){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/since",schemaPath:"#/properties/delegation/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid53 = _errs370 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.weeks !== undefined){
const _errs372 = errors;
if(!(typeof data186.weeks == "number")){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/weeks",schemaPath:"#/properties/delegation/items/properties/weeks/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid53 = _errs372 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.end !== undefined){
const _errs374 = errors;
if(typeof data186.end !== "string"){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/end",schemaPath:"#/properties/delegation/items/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid53 = _errs374 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.startShare !== undefined){
let data191 = data186.startShare;
const _errs376 = errors;
if((!(typeof data191 == "number")) && (data191 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/startShare",schemaPath:"#/properties/delegation/items/properties/startShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.startShare.type},message:"must be number,null"}];
return false;
}
var valid53 = _errs376 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.nowShare !== undefined){
let data192 = data186.nowShare;
const _errs378 = errors;
if((!(typeof data192 == "number")) && (data192 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/nowShare",schemaPath:"#/properties/delegation/items/properties/nowShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.nowShare.type},message:"must be number,null"}];
return false;
}
var valid53 = _errs378 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.targetShare !== undefined){
let data193 = data186.targetShare;
const _errs380 = errors;
if((!(typeof data193 == "number")) && (data193 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/targetShare",schemaPath:"#/properties/delegation/items/properties/targetShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.targetShare.type},message:"must be number,null"}];
return false;
}
var valid53 = _errs380 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.elapsed !== undefined){
const _errs382 = errors;
if(!(typeof data186.elapsed == "number")){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/elapsed",schemaPath:"#/properties/delegation/items/properties/elapsed/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid53 = _errs382 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data186.handoffs !== undefined){
let data195 = data186.handoffs;
const _errs384 = errors;
if(!((typeof data195 == "number") && (!(data195 % 1) && !isNaN(data195)))){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/handoffs",schemaPath:"#/properties/delegation/items/properties/handoffs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs384){
if(typeof data195 == "number"){
if(data195 < 0 || isNaN(data195)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18+"/handoffs",schemaPath:"#/properties/delegation/items/properties/handoffs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid53 = _errs384 === errors;
}
else {
var valid53 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegation/" + i18,schemaPath:"#/properties/delegation/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid52 = _errs367 === errors;
if(!valid52){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs365 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thresholds !== undefined){
let data196 = data.thresholds;
const _errs386 = errors;
if(errors === _errs386){
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
let missing35;
if((((((((((((((((data196.holdingBackRatio === undefined) && (missing35 = "holdingBackRatio")) || ((data196.watchRatio === undefined) && (missing35 = "watchRatio"))) || ((data196.minActiveMembers === undefined) && (missing35 = "minActiveMembers"))) || ((data196.minHandsOnCommits === undefined) && (missing35 = "minHandsOnCommits"))) || ((data196.ownerShare === undefined) && (missing35 = "ownerShare"))) || ((data196.onlyYouDays === undefined) && (missing35 = "onlyYouDays"))) || ((data196.inFlightDays === undefined) && (missing35 = "inFlightDays"))) || ((data196.snackLines === undefined) && (missing35 = "snackLines"))) || ((data196.workdayStartHour === undefined) && (missing35 = "workdayStartHour"))) || ((data196.workdayEndHour === undefined) && (missing35 = "workdayEndHour"))) || ((data196.regularWeeks === undefined) && (missing35 = "regularWeeks"))) || ((data196.outOfTouchDays === undefined) && (missing35 = "outOfTouchDays"))) || ((data196.automationCommits === undefined) && (missing35 = "automationCommits"))) || ((data196.automationShare === undefined) && (missing35 = "automationShare"))) || ((data196.automationFiles === undefined) && (missing35 = "automationFiles"))){
validate10.errors = [{instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: missing35},message:"must have required property '"+missing35+"'"}];
return false;
}
else {
const _errs388 = errors;
for(const key0 in data196){
if(!(func2.call(schema11.properties.thresholds.properties, key0))){
const _errs389 = errors;
if(!(typeof data196[key0] == "number")){
validate10.errors = [{instancePath:instancePath+"/thresholds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/thresholds/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid54 = _errs389 === errors;
if(!valid54){
break;
}
}
}
if(_errs388 === errors){
if(data196.holdingBackRatio !== undefined){
let data198 = data196.holdingBackRatio;
const _errs391 = errors;
if(errors === _errs391){
if(typeof data198 == "number"){
if(data198 <= 0 || isNaN(data198)){
validate10.errors = [{instancePath:instancePath+"/thresholds/holdingBackRatio",schemaPath:"#/properties/thresholds/properties/holdingBackRatio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/holdingBackRatio",schemaPath:"#/properties/thresholds/properties/holdingBackRatio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid55 = _errs391 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.watchRatio !== undefined){
let data199 = data196.watchRatio;
const _errs393 = errors;
if(errors === _errs393){
if(typeof data199 == "number"){
if(data199 <= 0 || isNaN(data199)){
validate10.errors = [{instancePath:instancePath+"/thresholds/watchRatio",schemaPath:"#/properties/thresholds/properties/watchRatio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/watchRatio",schemaPath:"#/properties/thresholds/properties/watchRatio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid55 = _errs393 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.minActiveMembers !== undefined){
let data200 = data196.minActiveMembers;
const _errs395 = errors;
if(!((typeof data200 == "number") && (!(data200 % 1) && !isNaN(data200)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/minActiveMembers",schemaPath:"#/properties/thresholds/properties/minActiveMembers/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs395){
if(typeof data200 == "number"){
if(data200 < 1 || isNaN(data200)){
validate10.errors = [{instancePath:instancePath+"/thresholds/minActiveMembers",schemaPath:"#/properties/thresholds/properties/minActiveMembers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs395 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.minHandsOnCommits !== undefined){
let data201 = data196.minHandsOnCommits;
const _errs397 = errors;
if(!((typeof data201 == "number") && (!(data201 % 1) && !isNaN(data201)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/minHandsOnCommits",schemaPath:"#/properties/thresholds/properties/minHandsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs397){
if(typeof data201 == "number"){
if(data201 < 0 || isNaN(data201)){
validate10.errors = [{instancePath:instancePath+"/thresholds/minHandsOnCommits",schemaPath:"#/properties/thresholds/properties/minHandsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid55 = _errs397 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.ownerShare !== undefined){
let data202 = data196.ownerShare;
const _errs399 = errors;
if(errors === _errs399){
if(typeof data202 == "number"){
if(data202 > 1 || isNaN(data202)){
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data202 < 0 || isNaN(data202)){
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid55 = _errs399 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.onlyYouDays !== undefined){
let data203 = data196.onlyYouDays;
const _errs401 = errors;
if(!((typeof data203 == "number") && (!(data203 % 1) && !isNaN(data203)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/onlyYouDays",schemaPath:"#/properties/thresholds/properties/onlyYouDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs401){
if(typeof data203 == "number"){
if(data203 < 1 || isNaN(data203)){
validate10.errors = [{instancePath:instancePath+"/thresholds/onlyYouDays",schemaPath:"#/properties/thresholds/properties/onlyYouDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs401 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.inFlightDays !== undefined){
let data204 = data196.inFlightDays;
const _errs403 = errors;
if(!((typeof data204 == "number") && (!(data204 % 1) && !isNaN(data204)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/inFlightDays",schemaPath:"#/properties/thresholds/properties/inFlightDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs403){
if(typeof data204 == "number"){
if(data204 < 0 || isNaN(data204)){
validate10.errors = [{instancePath:instancePath+"/thresholds/inFlightDays",schemaPath:"#/properties/thresholds/properties/inFlightDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid55 = _errs403 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.snackLines !== undefined){
let data205 = data196.snackLines;
const _errs405 = errors;
if(!((typeof data205 == "number") && (!(data205 % 1) && !isNaN(data205)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/snackLines",schemaPath:"#/properties/thresholds/properties/snackLines/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs405){
if(typeof data205 == "number"){
if(data205 < 0 || isNaN(data205)){
validate10.errors = [{instancePath:instancePath+"/thresholds/snackLines",schemaPath:"#/properties/thresholds/properties/snackLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid55 = _errs405 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.workdayStartHour !== undefined){
let data206 = data196.workdayStartHour;
const _errs407 = errors;
if(!((typeof data206 == "number") && (!(data206 % 1) && !isNaN(data206)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs407){
if(typeof data206 == "number"){
if(data206 > 24 || isNaN(data206)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"}];
return false;
}
else {
if(data206 < 0 || isNaN(data206)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid55 = _errs407 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.workdayEndHour !== undefined){
let data207 = data196.workdayEndHour;
const _errs409 = errors;
if(!((typeof data207 == "number") && (!(data207 % 1) && !isNaN(data207)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs409){
if(typeof data207 == "number"){
if(data207 > 24 || isNaN(data207)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"}];
return false;
}
else {
if(data207 < 0 || isNaN(data207)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid55 = _errs409 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.regularWeeks !== undefined){
let data208 = data196.regularWeeks;
const _errs411 = errors;
if(!((typeof data208 == "number") && (!(data208 % 1) && !isNaN(data208)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/regularWeeks",schemaPath:"#/properties/thresholds/properties/regularWeeks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs411){
if(typeof data208 == "number"){
if(data208 < 1 || isNaN(data208)){
validate10.errors = [{instancePath:instancePath+"/thresholds/regularWeeks",schemaPath:"#/properties/thresholds/properties/regularWeeks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs411 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.outOfTouchDays !== undefined){
let data209 = data196.outOfTouchDays;
const _errs413 = errors;
if(!((typeof data209 == "number") && (!(data209 % 1) && !isNaN(data209)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/outOfTouchDays",schemaPath:"#/properties/thresholds/properties/outOfTouchDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs413){
if(typeof data209 == "number"){
if(data209 < 1 || isNaN(data209)){
validate10.errors = [{instancePath:instancePath+"/thresholds/outOfTouchDays",schemaPath:"#/properties/thresholds/properties/outOfTouchDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs413 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.automationCommits !== undefined){
let data210 = data196.automationCommits;
const _errs415 = errors;
if(!((typeof data210 == "number") && (!(data210 % 1) && !isNaN(data210)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationCommits",schemaPath:"#/properties/thresholds/properties/automationCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs415){
if(typeof data210 == "number"){
if(data210 < 1 || isNaN(data210)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationCommits",schemaPath:"#/properties/thresholds/properties/automationCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs415 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.automationShare !== undefined){
let data211 = data196.automationShare;
const _errs417 = errors;
if(errors === _errs417){
if(typeof data211 == "number"){
if(data211 > 1 || isNaN(data211)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data211 <= 0 || isNaN(data211)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid55 = _errs417 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data196.automationFiles !== undefined){
let data212 = data196.automationFiles;
const _errs419 = errors;
if(!((typeof data212 == "number") && (!(data212 % 1) && !isNaN(data212)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationFiles",schemaPath:"#/properties/thresholds/properties/automationFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs419){
if(typeof data212 == "number"){
if(data212 < 1 || isNaN(data212)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationFiles",schemaPath:"#/properties/thresholds/properties/automationFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid55 = _errs419 === errors;
}
else {
var valid55 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs386 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
let data213 = data.options;
const _errs421 = errors;
if(errors === _errs421){
if(data213 && typeof data213 == "object" && !Array.isArray(data213)){
let missing36;
if(((((data213.trendMonths === undefined) && (missing36 = "trendMonths")) || ((data213.allBranches === undefined) && (missing36 = "allBranches"))) || ((data213.notebookLines === undefined) && (missing36 = "notebookLines"))) || ((data213.teamDetail === undefined) && (missing36 = "teamDetail"))){
validate10.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/required",keyword:"required",params:{missingProperty: missing36},message:"must have required property '"+missing36+"'"}];
return false;
}
else {
if(data213.trendMonths !== undefined){
let data214 = data213.trendMonths;
const _errs423 = errors;
if(!((typeof data214 == "number") && (!(data214 % 1) && !isNaN(data214)))){
validate10.errors = [{instancePath:instancePath+"/options/trendMonths",schemaPath:"#/properties/options/properties/trendMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs423){
if(typeof data214 == "number"){
if(data214 < 0 || isNaN(data214)){
validate10.errors = [{instancePath:instancePath+"/options/trendMonths",schemaPath:"#/properties/options/properties/trendMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid56 = _errs423 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data213.allBranches !== undefined){
const _errs425 = errors;
if(typeof data213.allBranches !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/options/allBranches",schemaPath:"#/properties/options/properties/allBranches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid56 = _errs425 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data213.notebookLines !== undefined){
let data216 = data213.notebookLines;
const _errs427 = errors;
if(!((data216 === "cells") || (data216 === "git"))){
validate10.errors = [{instancePath:instancePath+"/options/notebookLines",schemaPath:"#/properties/options/properties/notebookLines/enum",keyword:"enum",params:{allowedValues: schema11.properties.options.properties.notebookLines.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid56 = _errs427 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data213.teamDetail !== undefined){
const _errs428 = errors;
if(typeof data213.teamDetail !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/options/teamDetail",schemaPath:"#/properties/options/properties/teamDetail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid56 = _errs428 === errors;
}
else {
var valid56 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs421 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warnings !== undefined){
let data218 = data.warnings;
const _errs430 = errors;
if(errors === _errs430){
if(Array.isArray(data218)){
var valid57 = true;
const len19 = data218.length;
for(let i19=0; i19<len19; i19++){
const _errs432 = errors;
if(typeof data218[i19] !== "string"){
validate10.errors = [{instancePath:instancePath+"/warnings/" + i19,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid57 = _errs432 === errors;
if(!valid57){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs430 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data220 = data.evidence;
const _errs434 = errors;
if(errors === _errs434){
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
let missing37;
if(((((((data220.commits === undefined) && (missing37 = "commits")) || ((data220.managerHandsOn === undefined) && (missing37 = "managerHandsOn"))) || ((data220.snacks === undefined) && (missing37 = "snacks"))) || ((data220.afterHours === undefined) && (missing37 = "afterHours"))) || ((data220.managerCommits === undefined) && (missing37 = "managerCommits"))) || ((data220.team === undefined) && (missing37 = "team"))){
validate10.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: missing37},message:"must have required property '"+missing37+"'"}];
return false;
}
else {
if(data220.commits !== undefined){
let data221 = data220.commits;
const _errs436 = errors;
if(errors === _errs436){
if(Array.isArray(data221)){
var valid59 = true;
const len20 = data221.length;
for(let i20=0; i20<len20; i20++){
let data222 = data221[i20];
const _errs438 = errors;
if(errors === _errs438){
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
let missing38;
if(((((((data222.repo === undefined) && (missing38 = "repo")) || ((data222.sha === undefined) && (missing38 = "sha"))) || ((data222.time === undefined) && (missing38 = "time"))) || ((data222.subject === undefined) && (missing38 = "subject"))) || ((data222.handsOnChurn === undefined) && (missing38 = "handsOnChurn"))) || ((data222.files === undefined) && (missing38 = "files"))){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20,schemaPath:"#/properties/evidence/properties/commits/items/required",keyword:"required",params:{missingProperty: missing38},message:"must have required property '"+missing38+"'"}];
return false;
}
else {
if(data222.repo !== undefined){
const _errs440 = errors;
if(typeof data222.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/repo",schemaPath:"#/properties/evidence/properties/commits/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs440 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.sha !== undefined){
const _errs442 = errors;
if(typeof data222.sha !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/sha",schemaPath:"#/properties/evidence/properties/commits/items/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs442 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.time !== undefined){
const _errs444 = errors;
if(typeof data222.time !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/time",schemaPath:"#/properties/evidence/properties/commits/items/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs444 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.subject !== undefined){
const _errs446 = errors;
if(typeof data222.subject !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/subject",schemaPath:"#/properties/evidence/properties/commits/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs446 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.handsOnChurn !== undefined){
const _errs448 = errors;
if(!(typeof data222.handsOnChurn == "number")){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/handsOnChurn",schemaPath:"#/properties/evidence/properties/commits/items/properties/handsOnChurn/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid60 = _errs448 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.files !== undefined){
let data228 = data222.files;
const _errs450 = errors;
if(errors === _errs450){
if(Array.isArray(data228)){
var valid61 = true;
const len21 = data228.length;
for(let i21=0; i21<len21; i21++){
let data229 = data228[i21];
const _errs452 = errors;
if(errors === _errs452){
if(data229 && typeof data229 == "object" && !Array.isArray(data229)){
let missing39;
if(((((data229.path === undefined) && (missing39 = "path")) || ((data229.kind === undefined) && (missing39 = "kind"))) || ((data229.tier === undefined) && (missing39 = "tier"))) || ((data229.lines === undefined) && (missing39 = "lines"))){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21,schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/required",keyword:"required",params:{missingProperty: missing39},message:"must have required property '"+missing39+"'"}];
return false;
}
else {
if(data229.path !== undefined){
const _errs454 = errors;
if(typeof data229.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21+"/path",schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid62 = _errs454 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data229.kind !== undefined){
let data231 = data229.kind;
const _errs456 = errors;
if(!((((((data231 === "notebook") || (data231 === "code")) || (data231 === "docs")) || (data231 === "config")) || (data231 === "data")) || (data231 === "generated"))){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21+"/kind",schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.evidence.properties.commits.items.properties.files.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid62 = _errs456 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data229.tier !== undefined){
let data232 = data229.tier;
const _errs457 = errors;
if(!(((data232 === "strategic") || (data232 === "implementation")) || (data232 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21+"/tier",schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.evidence.properties.commits.items.properties.files.items.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid62 = _errs457 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data229.lines !== undefined){
const _errs458 = errors;
if(!(typeof data229.lines == "number")){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21+"/lines",schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/properties/lines/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid62 = _errs458 === errors;
}
else {
var valid62 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files/" + i21,schemaPath:"#/properties/evidence/properties/commits/items/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid61 = _errs452 === errors;
if(!valid61){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/files",schemaPath:"#/properties/evidence/properties/commits/items/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid60 = _errs450 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data222.moreFiles !== undefined){
let data234 = data222.moreFiles;
const _errs460 = errors;
if(!((typeof data234 == "number") && (!(data234 % 1) && !isNaN(data234)))){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/moreFiles",schemaPath:"#/properties/evidence/properties/commits/items/properties/moreFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs460){
if(typeof data234 == "number"){
if(data234 < 0 || isNaN(data234)){
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20+"/moreFiles",schemaPath:"#/properties/evidence/properties/commits/items/properties/moreFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid60 = _errs460 === errors;
}
else {
var valid60 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/commits/" + i20,schemaPath:"#/properties/evidence/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid59 = _errs438 === errors;
if(!valid59){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/commits",schemaPath:"#/properties/evidence/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs436 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.managerHandsOn !== undefined){
let data235 = data220.managerHandsOn;
const _errs462 = errors;
if(errors === _errs462){
if(Array.isArray(data235)){
var valid63 = true;
const len22 = data235.length;
for(let i22=0; i22<len22; i22++){
const _errs464 = errors;
if(typeof data235[i22] !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/managerHandsOn/" + i22,schemaPath:"#/properties/evidence/properties/managerHandsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid63 = _errs464 === errors;
if(!valid63){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/managerHandsOn",schemaPath:"#/properties/evidence/properties/managerHandsOn/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs462 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.snacks !== undefined){
let data237 = data220.snacks;
const _errs466 = errors;
if(errors === _errs466){
if(Array.isArray(data237)){
var valid64 = true;
const len23 = data237.length;
for(let i23=0; i23<len23; i23++){
const _errs468 = errors;
if(typeof data237[i23] !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/snacks/" + i23,schemaPath:"#/properties/evidence/properties/snacks/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid64 = _errs468 === errors;
if(!valid64){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/snacks",schemaPath:"#/properties/evidence/properties/snacks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs466 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.afterHours !== undefined){
let data239 = data220.afterHours;
const _errs470 = errors;
if(errors === _errs470){
if(Array.isArray(data239)){
var valid65 = true;
const len24 = data239.length;
for(let i24=0; i24<len24; i24++){
const _errs472 = errors;
if(typeof data239[i24] !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/afterHours/" + i24,schemaPath:"#/properties/evidence/properties/afterHours/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid65 = _errs472 === errors;
if(!valid65){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/afterHours",schemaPath:"#/properties/evidence/properties/afterHours/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs470 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.managerCommits !== undefined){
let data241 = data220.managerCommits;
const _errs474 = errors;
if(!((typeof data241 == "number") && (!(data241 % 1) && !isNaN(data241)))){
validate10.errors = [{instancePath:instancePath+"/evidence/managerCommits",schemaPath:"#/properties/evidence/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs474){
if(typeof data241 == "number"){
if(data241 < 0 || isNaN(data241)){
validate10.errors = [{instancePath:instancePath+"/evidence/managerCommits",schemaPath:"#/properties/evidence/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid58 = _errs474 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.reviews !== undefined){
let data242 = data220.reviews;
const _errs476 = errors;
if(errors === _errs476){
if(Array.isArray(data242)){
var valid66 = true;
const len25 = data242.length;
for(let i25=0; i25<len25; i25++){
let data243 = data242[i25];
const _errs478 = errors;
if(errors === _errs478){
if(data243 && typeof data243 == "object" && !Array.isArray(data243)){
let missing40;
if(((((data243.source === undefined) && (missing40 = "source")) || ((data243.work === undefined) && (missing40 = "work"))) || ((data243.date === undefined) && (missing40 = "date"))) || ((data243.authors === undefined) && (missing40 = "authors"))){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: missing40},message:"must have required property '"+missing40+"'"}];
return false;
}
else {
if(data243.source !== undefined){
let data244 = data243.source;
const _errs480 = errors;
if(!((data244 === "trailers") || (data244 === "github"))){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/source",schemaPath:"#/properties/evidence/properties/reviews/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.evidence.properties.reviews.items.properties.source.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid67 = _errs480 === errors;
}
else {
var valid67 = true;
}
if(valid67){
if(data243.work !== undefined){
const _errs481 = errors;
if(typeof data243.work !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/work",schemaPath:"#/properties/evidence/properties/reviews/items/properties/work/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid67 = _errs481 === errors;
}
else {
var valid67 = true;
}
if(valid67){
if(data243.pullRequest !== undefined){
const _errs483 = errors;
if(typeof data243.pullRequest !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/pullRequest",schemaPath:"#/properties/evidence/properties/reviews/items/properties/pullRequest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid67 = _errs483 === errors;
}
else {
var valid67 = true;
}
if(valid67){
if(data243.trailers !== undefined){
let data247 = data243.trailers;
const _errs485 = errors;
if(errors === _errs485){
if(Array.isArray(data247)){
var valid68 = true;
const len26 = data247.length;
for(let i26=0; i26<len26; i26++){
let data248 = data247[i26];
const _errs487 = errors;
if(!(((((data248 === "Reviewed-by") || (data248 === "Acked-by")) || (data248 === "Tested-by")) || (data248 === "Helped-by")) || (data248 === "Suggested-by"))){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/trailers/" + i26,schemaPath:"#/properties/evidence/properties/reviews/items/properties/trailers/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.evidence.properties.reviews.items.properties.trailers.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid68 = _errs487 === errors;
if(!valid68){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/trailers",schemaPath:"#/properties/evidence/properties/reviews/items/properties/trailers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid67 = _errs485 === errors;
}
else {
var valid67 = true;
}
if(valid67){
if(data243.date !== undefined){
const _errs488 = errors;
if(typeof data243.date !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/date",schemaPath:"#/properties/evidence/properties/reviews/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid67 = _errs488 === errors;
}
else {
var valid67 = true;
}
if(valid67){
if(data243.authors !== undefined){
let data250 = data243.authors;
const _errs490 = errors;
if(errors === _errs490){
if(Array.isArray(data250)){
var valid69 = true;
const len27 = data250.length;
for(let i27=0; i27<len27; i27++){
let data251 = data250[i27];
const _errs492 = errors;
if(errors === _errs492){
if(data251 && typeof data251 == "object" && !Array.isArray(data251)){
let missing41;
if((data251.owner === undefined) && (missing41 = "owner")){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/authors/" + i27,schemaPath:"#/properties/evidence/properties/reviews/items/properties/authors/items/required",keyword:"required",params:{missingProperty: missing41},message:"must have required property '"+missing41+"'"}];
return false;
}
else {
if(data251.owner !== undefined){
const _errs494 = errors;
if(typeof data251.owner !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/authors/" + i27+"/owner",schemaPath:"#/properties/evidence/properties/reviews/items/properties/authors/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid70 = _errs494 === errors;
}
else {
var valid70 = true;
}
if(valid70){
if(data251.ownerName !== undefined){
const _errs496 = errors;
if(typeof data251.ownerName !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/authors/" + i27+"/ownerName",schemaPath:"#/properties/evidence/properties/reviews/items/properties/authors/items/properties/ownerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid70 = _errs496 === errors;
}
else {
var valid70 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/authors/" + i27,schemaPath:"#/properties/evidence/properties/reviews/items/properties/authors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid69 = _errs492 === errors;
if(!valid69){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25+"/authors",schemaPath:"#/properties/evidence/properties/reviews/items/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid67 = _errs490 === errors;
}
else {
var valid67 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/reviews/" + i25,schemaPath:"#/properties/evidence/properties/reviews/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid66 = _errs478 === errors;
if(!valid66){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/reviews",schemaPath:"#/properties/evidence/properties/reviews/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs476 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.pairing !== undefined){
let data254 = data220.pairing;
const _errs498 = errors;
if(errors === _errs498){
if(Array.isArray(data254)){
var valid71 = true;
const len28 = data254.length;
for(let i28=0; i28<len28; i28++){
const _errs500 = errors;
if(typeof data254[i28] !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/pairing/" + i28,schemaPath:"#/properties/evidence/properties/pairing/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid71 = _errs500 === errors;
if(!valid71){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/pairing",schemaPath:"#/properties/evidence/properties/pairing/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid58 = _errs498 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data220.team !== undefined){
let data256 = data220.team;
const _errs502 = errors;
if(errors === _errs502){
if(data256 && typeof data256 == "object" && !Array.isArray(data256)){
let missing42;
if((data256.handsOnCommits === undefined) && (missing42 = "handsOnCommits")){
validate10.errors = [{instancePath:instancePath+"/evidence/team",schemaPath:"#/properties/evidence/properties/team/required",keyword:"required",params:{missingProperty: missing42},message:"must have required property '"+missing42+"'"}];
return false;
}
else {
if(data256.handsOnCommits !== undefined){
let data257 = data256.handsOnCommits;
const _errs504 = errors;
if(!((typeof data257 == "number") && (!(data257 % 1) && !isNaN(data257)))){
validate10.errors = [{instancePath:instancePath+"/evidence/team/handsOnCommits",schemaPath:"#/properties/evidence/properties/team/properties/handsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs504){
if(typeof data257 == "number"){
if(data257 < 0 || isNaN(data257)){
validate10.errors = [{instancePath:instancePath+"/evidence/team/handsOnCommits",schemaPath:"#/properties/evidence/properties/team/properties/handsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid72 = _errs504 === errors;
}
else {
var valid72 = true;
}
if(valid72){
if(data256.members !== undefined){
let data258 = data256.members;
const _errs506 = errors;
if(errors === _errs506){
if(Array.isArray(data258)){
var valid73 = true;
const len29 = data258.length;
for(let i29=0; i29<len29; i29++){
let data259 = data258[i29];
const _errs508 = errors;
if(errors === _errs508){
if(data259 && typeof data259 == "object" && !Array.isArray(data259)){
let missing43;
if((((data259.id === undefined) && (missing43 = "id")) || ((data259.name === undefined) && (missing43 = "name"))) || ((data259.handsOn === undefined) && (missing43 = "handsOn"))){
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29,schemaPath:"#/properties/evidence/properties/team/properties/members/items/required",keyword:"required",params:{missingProperty: missing43},message:"must have required property '"+missing43+"'"}];
return false;
}
else {
if(data259.id !== undefined){
const _errs510 = errors;
if(typeof data259.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29+"/id",schemaPath:"#/properties/evidence/properties/team/properties/members/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid74 = _errs510 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data259.name !== undefined){
const _errs512 = errors;
if(typeof data259.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29+"/name",schemaPath:"#/properties/evidence/properties/team/properties/members/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid74 = _errs512 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data259.handsOn !== undefined){
let data262 = data259.handsOn;
const _errs514 = errors;
if(errors === _errs514){
if(Array.isArray(data262)){
var valid75 = true;
const len30 = data262.length;
for(let i30=0; i30<len30; i30++){
const _errs516 = errors;
if(typeof data262[i30] !== "string"){
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29+"/handsOn/" + i30,schemaPath:"#/properties/evidence/properties/team/properties/members/items/properties/handsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid75 = _errs516 === errors;
if(!valid75){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29+"/handsOn",schemaPath:"#/properties/evidence/properties/team/properties/members/items/properties/handsOn/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid74 = _errs514 === errors;
}
else {
var valid74 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/team/members/" + i29,schemaPath:"#/properties/evidence/properties/team/properties/members/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid73 = _errs508 === errors;
if(!valid73){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/team/members",schemaPath:"#/properties/evidence/properties/team/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid72 = _errs506 === errors;
}
else {
var valid72 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence/team",schemaPath:"#/properties/evidence/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid58 = _errs502 === errors;
}
else {
var valid58 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs434 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

