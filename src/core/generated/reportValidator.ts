// @ts-nocheck
// Generated from REPORT_SCHEMA in src/core/report.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","required":["schema","generatedAt","window","repos","manager","team","handsOn","signal","tiers","trend","ownership","takeovers","snacks","afterHoursShare","excluded","warnings"],"properties":{"schema":{"const":"letgo.report/1"},"generatedAt":{"type":"string"},"generator":{"type":"string"},"window":{"type":"object","required":["since","until"],"properties":{"since":{"type":"string"},"until":{"type":"string"},"month":{"type":"string"}}},"repos":{"type":"array","items":{"type":"object","required":["path","head","commits","shallow"],"properties":{"id":{"type":"string"},"path":{"type":"string"},"head":{"type":"string"},"commits":{"type":"integer","minimum":0},"shallow":{"type":"boolean"},"handsOn":{"type":"object","required":["managerCommits","teamCommits","managerChurn","teamChurn"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"managerChurn":{"type":"number"},"teamChurn":{"type":"number"}}},"notebookOwners":{"type":"array","items":{"type":"object","required":["path","owner","share"],"properties":{"path":{"type":"string"},"owner":{"type":"string"},"ownerName":{"type":"string"},"share":{"type":"number"}}}},"relativePath":{"type":"string"}}}},"manager":{"type":"object","required":["id","name","emails"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"emails":{"type":"array","items":{"type":"string"}}}},"team":{"type":"object","required":["size"],"properties":{"size":{"type":"integer","minimum":1},"source":{"enum":["roster","regulars"]},"active":{"type":"integer","minimum":0},"members":{"type":"array","items":{"type":"object","required":["id","name","emails","commits","handsOnCommits","churn"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"emails":{"type":"array","items":{"type":"string"}},"commits":{"type":"integer","minimum":0},"handsOnCommits":{"type":"integer","minimum":0},"churn":{"type":"number"}}}}}},"handsOn":{"type":"object","required":["managerCommits","teamCommits","share","fairShare","ratio","managerChurn","teamChurn","churnShare"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"share":{"type":["number","null"]},"fairShare":{"type":"number"},"ratio":{"type":["number","null"]},"managerChurn":{"type":"number"},"teamChurn":{"type":"number"},"churnShare":{"type":["number","null"]},"managerLastHandsOn":{"type":["string","null"]}}},"signal":{"type":"object","required":["level","reasons"],"properties":{"level":{"enum":["holding-back","watch","balanced","out-of-touch","insufficient-data"]},"reasons":{"type":"array","items":{"type":"string"}}}},"tiers":{"type":"object","required":["manager","team"],"properties":{"manager":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}},"team":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}}}},"trend":{"type":"array","items":{"type":"object","required":["month","share","ratio","level"],"properties":{"month":{"type":"string","pattern":"^\\d{4}-\\d{2}$"},"months":{"type":"integer","minimum":1},"share":{"type":["number","null"]},"ratio":{"type":["number","null"]},"level":{"enum":["holding-back","watch","balanced","out-of-touch","insufficient-data"]},"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"tiers":{"type":"object","required":["strategic","implementation","tactical"],"properties":{"strategic":{"type":"integer","minimum":0},"implementation":{"type":"integer","minimum":0},"tactical":{"type":"integer","minimum":0}}}}}},"notebooks":{"type":"object","required":["manager","team"],"properties":{"manager":{"type":"object","required":["changes","rerunsOnly","cellsAdded","cellsDeleted","cellsModified","linesAdded","linesDeleted"],"properties":{"changes":{"type":"integer","minimum":0},"rerunsOnly":{"type":"integer","minimum":0},"cellsAdded":{"type":"integer","minimum":0},"cellsDeleted":{"type":"integer","minimum":0},"cellsModified":{"type":"integer","minimum":0},"linesAdded":{"type":"number"},"linesDeleted":{"type":"number"},"fallbacks":{"type":"integer","minimum":0},"textNotebooks":{"type":"integer","minimum":0},"pairedScripts":{"type":"integer","minimum":0}}},"team":{"type":"object","required":["changes","rerunsOnly","cellsAdded","cellsDeleted","cellsModified","linesAdded","linesDeleted"],"properties":{"changes":{"type":"integer","minimum":0},"rerunsOnly":{"type":"integer","minimum":0},"cellsAdded":{"type":"integer","minimum":0},"cellsDeleted":{"type":"integer","minimum":0},"cellsModified":{"type":"integer","minimum":0},"linesAdded":{"type":"number"},"linesDeleted":{"type":"number"},"fallbacks":{"type":"integer","minimum":0},"textNotebooks":{"type":"integer","minimum":0},"pairedScripts":{"type":"integer","minimum":0}}}}},"ownership":{"type":"object","required":["onlyYouMaintain"],"properties":{"asOf":{"type":"string"},"notebooksChanged":{"type":"integer","minimum":0},"managerNotebooksChanged":{"type":"integer","minimum":0},"onlyYouMaintain":{"type":"array","items":{"type":"object","required":["repo","path","managerShare","lastTeamTouch"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"managerShare":{"type":"number"},"lastChange":{"type":"string"},"lastTeamTouch":{"type":["string","null"]}}}}}},"takeovers":{"type":"array","items":{"type":"object","required":["repo","path","owner","at","inFlight"],"properties":{"repo":{"type":"string"},"path":{"type":"string"},"owner":{"type":"string"},"ownerName":{"type":"string"},"at":{"type":"string"},"inFlight":{"type":"boolean"}}}},"snacks":{"type":"object","required":["count"],"properties":{"count":{"type":"integer","minimum":0},"handsOnCommits":{"type":"integer","minimum":0},"share":{"type":["number","null"]}}},"afterHoursShare":{"type":["number","null"]},"excluded":{"type":"object","required":["bots","outsideTeam","merges"],"properties":{"bots":{"type":"object","required":["commits","names"],"properties":{"commits":{"type":"integer","minimum":0},"names":{"type":"array","items":{"type":"string"}}}},"outsideTeam":{"type":"object","required":["commits","authors"],"properties":{"commits":{"type":"integer","minimum":0},"authors":{"type":"integer","minimum":0}}},"merges":{"type":"integer","minimum":0},"automation":{"type":"object","required":["commits","identities"],"properties":{"commits":{"type":"integer","minimum":0},"identities":{"type":"array","items":{"type":"object","required":["name","email","rule","commits","matching","share","template"],"properties":{"name":{"type":"string"},"email":{"type":"string"},"rule":{"enum":["template","files"]},"commits":{"type":"integer","minimum":0},"matching":{"type":"integer","minimum":0},"share":{"type":"number"},"template":{"type":"string"}}}}}}}},"aiAssisted":{"type":"object","required":["managerCommits","teamCommits","withoutPerson","assistants"],"properties":{"managerCommits":{"type":"integer","minimum":0},"teamCommits":{"type":"integer","minimum":0},"withoutPerson":{"type":"integer","minimum":0},"assistants":{"type":"array","items":{"type":"string"}}}},"identities":{"type":"object","required":["merged"],"properties":{"merged":{"type":"array","items":{"type":"object","required":["id","names","emails"],"properties":{"id":{"type":"string"},"names":{"type":"array"},"emails":{"type":"array"}}}}}},"delegation":{"type":"array","items":{"type":"object","required":["tier","since","weeks","end","startShare","nowShare","targetShare","elapsed"],"properties":{"tier":{"enum":["strategic","implementation","tactical"]},"since":{"type":"string"},"weeks":{"type":"number"},"end":{"type":"string"},"startShare":{"type":["number","null"]},"nowShare":{"type":["number","null"]},"targetShare":{"type":["number","null"]},"elapsed":{"type":"number"}}}},"thresholds":{"type":"object","additionalProperties":{"type":"number"}},"options":{"type":"object"},"warnings":{"type":"array","items":{"type":"string"}}}};
const pattern0 = new RegExp("^\\d{4}-\\d{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.generatedAt === undefined) && (missing0 = "generatedAt"))) || ((data.window === undefined) && (missing0 = "window"))) || ((data.repos === undefined) && (missing0 = "repos"))) || ((data.manager === undefined) && (missing0 = "manager"))) || ((data.team === undefined) && (missing0 = "team"))) || ((data.handsOn === undefined) && (missing0 = "handsOn"))) || ((data.signal === undefined) && (missing0 = "signal"))) || ((data.tiers === undefined) && (missing0 = "tiers"))) || ((data.trend === undefined) && (missing0 = "trend"))) || ((data.ownership === undefined) && (missing0 = "ownership"))) || ((data.takeovers === undefined) && (missing0 = "takeovers"))) || ((data.snacks === undefined) && (missing0 = "snacks"))) || ((data.afterHoursShare === undefined) && (missing0 = "afterHoursShare"))) || ((data.excluded === undefined) && (missing0 = "excluded"))) || ((data.warnings === undefined) && (missing0 = "warnings"))){
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
if(((((data8.path === undefined) && (missing2 = "path")) || ((data8.head === undefined) && (missing2 = "head"))) || ((data8.commits === undefined) && (missing2 = "commits"))) || ((data8.shallow === undefined) && (missing2 = "shallow"))){
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
if((data31.size === undefined) && (missing6 = "size")){
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
if(((((((((data44.managerCommits === undefined) && (missing8 = "managerCommits")) || ((data44.teamCommits === undefined) && (missing8 = "teamCommits"))) || ((data44.share === undefined) && (missing8 = "share"))) || ((data44.fairShare === undefined) && (missing8 = "fairShare"))) || ((data44.ratio === undefined) && (missing8 = "ratio"))) || ((data44.managerChurn === undefined) && (missing8 = "managerChurn"))) || ((data44.teamChurn === undefined) && (missing8 = "teamChurn"))) || ((data44.churnShare === undefined) && (missing8 = "churnShare"))){
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
if(((((data68.month === undefined) && (missing13 = "month")) || ((data68.share === undefined) && (missing13 = "share"))) || ((data68.ratio === undefined) && (missing13 = "ratio"))) || ((data68.level === undefined) && (missing13 = "level"))){
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
if(((((data108.repo === undefined) && (missing19 = "repo")) || ((data108.path === undefined) && (missing19 = "path"))) || ((data108.managerShare === undefined) && (missing19 = "managerShare"))) || ((data108.lastTeamTouch === undefined) && (missing19 = "lastTeamTouch"))){
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
if(data115.inFlight !== undefined){
const _errs239 = errors;
if(typeof data115.inFlight !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/takeovers/" + i8+"/inFlight",schemaPath:"#/properties/takeovers/items/properties/inFlight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid29 = _errs239 === errors;
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
if(data.snacks !== undefined){
let data122 = data.snacks;
const _errs241 = errors;
if(errors === _errs241){
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
let missing21;
if((data122.count === undefined) && (missing21 = "count")){
validate10.errors = [{instancePath:instancePath+"/snacks",schemaPath:"#/properties/snacks/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
return false;
}
else {
if(data122.count !== undefined){
let data123 = data122.count;
const _errs243 = errors;
if(!((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123)))){
validate10.errors = [{instancePath:instancePath+"/snacks/count",schemaPath:"#/properties/snacks/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs243){
if(typeof data123 == "number"){
if(data123 < 0 || isNaN(data123)){
validate10.errors = [{instancePath:instancePath+"/snacks/count",schemaPath:"#/properties/snacks/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid30 = _errs243 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data122.handsOnCommits !== undefined){
let data124 = data122.handsOnCommits;
const _errs245 = errors;
if(!((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124)))){
validate10.errors = [{instancePath:instancePath+"/snacks/handsOnCommits",schemaPath:"#/properties/snacks/properties/handsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs245){
if(typeof data124 == "number"){
if(data124 < 0 || isNaN(data124)){
validate10.errors = [{instancePath:instancePath+"/snacks/handsOnCommits",schemaPath:"#/properties/snacks/properties/handsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid30 = _errs245 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data122.share !== undefined){
let data125 = data122.share;
const _errs247 = errors;
if((!(typeof data125 == "number")) && (data125 !== null)){
validate10.errors = [{instancePath:instancePath+"/snacks/share",schemaPath:"#/properties/snacks/properties/share/type",keyword:"type",params:{type: schema11.properties.snacks.properties.share.type},message:"must be number,null"}];
return false;
}
var valid30 = _errs247 === errors;
}
else {
var valid30 = true;
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
var valid0 = _errs241 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.afterHoursShare !== undefined){
let data126 = data.afterHoursShare;
const _errs249 = errors;
if((!(typeof data126 == "number")) && (data126 !== null)){
validate10.errors = [{instancePath:instancePath+"/afterHoursShare",schemaPath:"#/properties/afterHoursShare/type",keyword:"type",params:{type: schema11.properties.afterHoursShare.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs249 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.excluded !== undefined){
let data127 = data.excluded;
const _errs251 = errors;
if(errors === _errs251){
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
let missing22;
if((((data127.bots === undefined) && (missing22 = "bots")) || ((data127.outsideTeam === undefined) && (missing22 = "outsideTeam"))) || ((data127.merges === undefined) && (missing22 = "merges"))){
validate10.errors = [{instancePath:instancePath+"/excluded",schemaPath:"#/properties/excluded/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
return false;
}
else {
if(data127.bots !== undefined){
let data128 = data127.bots;
const _errs253 = errors;
if(errors === _errs253){
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
let missing23;
if(((data128.commits === undefined) && (missing23 = "commits")) || ((data128.names === undefined) && (missing23 = "names"))){
validate10.errors = [{instancePath:instancePath+"/excluded/bots",schemaPath:"#/properties/excluded/properties/bots/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"}];
return false;
}
else {
if(data128.commits !== undefined){
let data129 = data128.commits;
const _errs255 = errors;
if(!((typeof data129 == "number") && (!(data129 % 1) && !isNaN(data129)))){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/commits",schemaPath:"#/properties/excluded/properties/bots/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs255){
if(typeof data129 == "number"){
if(data129 < 0 || isNaN(data129)){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/commits",schemaPath:"#/properties/excluded/properties/bots/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid32 = _errs255 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data128.names !== undefined){
let data130 = data128.names;
const _errs257 = errors;
if(errors === _errs257){
if(Array.isArray(data130)){
var valid33 = true;
const len9 = data130.length;
for(let i9=0; i9<len9; i9++){
const _errs259 = errors;
if(typeof data130[i9] !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/bots/names/" + i9,schemaPath:"#/properties/excluded/properties/bots/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid33 = _errs259 === errors;
if(!valid33){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/bots/names",schemaPath:"#/properties/excluded/properties/bots/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid32 = _errs257 === errors;
}
else {
var valid32 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/bots",schemaPath:"#/properties/excluded/properties/bots/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs253 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data127.outsideTeam !== undefined){
let data132 = data127.outsideTeam;
const _errs261 = errors;
if(errors === _errs261){
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
let missing24;
if(((data132.commits === undefined) && (missing24 = "commits")) || ((data132.authors === undefined) && (missing24 = "authors"))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam",schemaPath:"#/properties/excluded/properties/outsideTeam/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"}];
return false;
}
else {
if(data132.commits !== undefined){
let data133 = data132.commits;
const _errs263 = errors;
if(!((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133)))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/commits",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs263){
if(typeof data133 == "number"){
if(data133 < 0 || isNaN(data133)){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/commits",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid34 = _errs263 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data132.authors !== undefined){
let data134 = data132.authors;
const _errs265 = errors;
if(!((typeof data134 == "number") && (!(data134 % 1) && !isNaN(data134)))){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/authors",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/authors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs265){
if(typeof data134 == "number"){
if(data134 < 0 || isNaN(data134)){
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam/authors",schemaPath:"#/properties/excluded/properties/outsideTeam/properties/authors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid34 = _errs265 === errors;
}
else {
var valid34 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/outsideTeam",schemaPath:"#/properties/excluded/properties/outsideTeam/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs261 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data127.merges !== undefined){
let data135 = data127.merges;
const _errs267 = errors;
if(!((typeof data135 == "number") && (!(data135 % 1) && !isNaN(data135)))){
validate10.errors = [{instancePath:instancePath+"/excluded/merges",schemaPath:"#/properties/excluded/properties/merges/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs267){
if(typeof data135 == "number"){
if(data135 < 0 || isNaN(data135)){
validate10.errors = [{instancePath:instancePath+"/excluded/merges",schemaPath:"#/properties/excluded/properties/merges/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid31 = _errs267 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data127.automation !== undefined){
let data136 = data127.automation;
const _errs269 = errors;
if(errors === _errs269){
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
let missing25;
if(((data136.commits === undefined) && (missing25 = "commits")) || ((data136.identities === undefined) && (missing25 = "identities"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation",schemaPath:"#/properties/excluded/properties/automation/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"}];
return false;
}
else {
if(data136.commits !== undefined){
let data137 = data136.commits;
const _errs271 = errors;
if(!((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/commits",schemaPath:"#/properties/excluded/properties/automation/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs271){
if(typeof data137 == "number"){
if(data137 < 0 || isNaN(data137)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/commits",schemaPath:"#/properties/excluded/properties/automation/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid35 = _errs271 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data136.identities !== undefined){
let data138 = data136.identities;
const _errs273 = errors;
if(errors === _errs273){
if(Array.isArray(data138)){
var valid36 = true;
const len10 = data138.length;
for(let i10=0; i10<len10; i10++){
let data139 = data138[i10];
const _errs275 = errors;
if(errors === _errs275){
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
let missing26;
if((((((((data139.name === undefined) && (missing26 = "name")) || ((data139.email === undefined) && (missing26 = "email"))) || ((data139.rule === undefined) && (missing26 = "rule"))) || ((data139.commits === undefined) && (missing26 = "commits"))) || ((data139.matching === undefined) && (missing26 = "matching"))) || ((data139.share === undefined) && (missing26 = "share"))) || ((data139.template === undefined) && (missing26 = "template"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10,schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"}];
return false;
}
else {
if(data139.name !== undefined){
const _errs277 = errors;
if(typeof data139.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/name",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid37 = _errs277 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.email !== undefined){
const _errs279 = errors;
if(typeof data139.email !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/email",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid37 = _errs279 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.rule !== undefined){
let data142 = data139.rule;
const _errs281 = errors;
if(!((data142 === "template") || (data142 === "files"))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/rule",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema11.properties.excluded.properties.automation.properties.identities.items.properties.rule.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid37 = _errs281 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.commits !== undefined){
let data143 = data139.commits;
const _errs282 = errors;
if(!((typeof data143 == "number") && (!(data143 % 1) && !isNaN(data143)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/commits",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs282){
if(typeof data143 == "number"){
if(data143 < 0 || isNaN(data143)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/commits",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid37 = _errs282 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.matching !== undefined){
let data144 = data139.matching;
const _errs284 = errors;
if(!((typeof data144 == "number") && (!(data144 % 1) && !isNaN(data144)))){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/matching",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/matching/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs284){
if(typeof data144 == "number"){
if(data144 < 0 || isNaN(data144)){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/matching",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/matching/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid37 = _errs284 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.share !== undefined){
const _errs286 = errors;
if(!(typeof data139.share == "number")){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/share",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid37 = _errs286 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data139.template !== undefined){
const _errs288 = errors;
if(typeof data139.template !== "string"){
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10+"/template",schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid37 = _errs288 === errors;
}
else {
var valid37 = true;
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
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities/" + i10,schemaPath:"#/properties/excluded/properties/automation/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs275 === errors;
if(!valid36){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/automation/identities",schemaPath:"#/properties/excluded/properties/automation/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid35 = _errs273 === errors;
}
else {
var valid35 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/excluded/automation",schemaPath:"#/properties/excluded/properties/automation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs269 === errors;
}
else {
var valid31 = true;
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
var valid0 = _errs251 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aiAssisted !== undefined){
let data147 = data.aiAssisted;
const _errs290 = errors;
if(errors === _errs290){
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
let missing27;
if(((((data147.managerCommits === undefined) && (missing27 = "managerCommits")) || ((data147.teamCommits === undefined) && (missing27 = "teamCommits"))) || ((data147.withoutPerson === undefined) && (missing27 = "withoutPerson"))) || ((data147.assistants === undefined) && (missing27 = "assistants"))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted",schemaPath:"#/properties/aiAssisted/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"}];
return false;
}
else {
if(data147.managerCommits !== undefined){
let data148 = data147.managerCommits;
const _errs292 = errors;
if(!((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/managerCommits",schemaPath:"#/properties/aiAssisted/properties/managerCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs292){
if(typeof data148 == "number"){
if(data148 < 0 || isNaN(data148)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/managerCommits",schemaPath:"#/properties/aiAssisted/properties/managerCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid38 = _errs292 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data147.teamCommits !== undefined){
let data149 = data147.teamCommits;
const _errs294 = errors;
if(!((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/teamCommits",schemaPath:"#/properties/aiAssisted/properties/teamCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs294){
if(typeof data149 == "number"){
if(data149 < 0 || isNaN(data149)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/teamCommits",schemaPath:"#/properties/aiAssisted/properties/teamCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid38 = _errs294 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data147.withoutPerson !== undefined){
let data150 = data147.withoutPerson;
const _errs296 = errors;
if(!((typeof data150 == "number") && (!(data150 % 1) && !isNaN(data150)))){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/withoutPerson",schemaPath:"#/properties/aiAssisted/properties/withoutPerson/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs296){
if(typeof data150 == "number"){
if(data150 < 0 || isNaN(data150)){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/withoutPerson",schemaPath:"#/properties/aiAssisted/properties/withoutPerson/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid38 = _errs296 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data147.assistants !== undefined){
let data151 = data147.assistants;
const _errs298 = errors;
if(errors === _errs298){
if(Array.isArray(data151)){
var valid39 = true;
const len11 = data151.length;
for(let i11=0; i11<len11; i11++){
const _errs300 = errors;
if(typeof data151[i11] !== "string"){
validate10.errors = [{instancePath:instancePath+"/aiAssisted/assistants/" + i11,schemaPath:"#/properties/aiAssisted/properties/assistants/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid39 = _errs300 === errors;
if(!valid39){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aiAssisted/assistants",schemaPath:"#/properties/aiAssisted/properties/assistants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid38 = _errs298 === errors;
}
else {
var valid38 = true;
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
var valid0 = _errs290 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identities !== undefined){
let data153 = data.identities;
const _errs302 = errors;
if(errors === _errs302){
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
let missing28;
if((data153.merged === undefined) && (missing28 = "merged")){
validate10.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"}];
return false;
}
else {
if(data153.merged !== undefined){
let data154 = data153.merged;
const _errs304 = errors;
if(errors === _errs304){
if(Array.isArray(data154)){
var valid41 = true;
const len12 = data154.length;
for(let i12=0; i12<len12; i12++){
let data155 = data154[i12];
const _errs306 = errors;
if(errors === _errs306){
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
let missing29;
if((((data155.id === undefined) && (missing29 = "id")) || ((data155.names === undefined) && (missing29 = "names"))) || ((data155.emails === undefined) && (missing29 = "emails"))){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i12,schemaPath:"#/properties/identities/properties/merged/items/required",keyword:"required",params:{missingProperty: missing29},message:"must have required property '"+missing29+"'"}];
return false;
}
else {
if(data155.id !== undefined){
const _errs308 = errors;
if(typeof data155.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i12+"/id",schemaPath:"#/properties/identities/properties/merged/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs308 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data155.names !== undefined){
const _errs310 = errors;
if(!(Array.isArray(data155.names))){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i12+"/names",schemaPath:"#/properties/identities/properties/merged/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid42 = _errs310 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data155.emails !== undefined){
const _errs312 = errors;
if(!(Array.isArray(data155.emails))){
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i12+"/emails",schemaPath:"#/properties/identities/properties/merged/items/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid42 = _errs312 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/identities/merged/" + i12,schemaPath:"#/properties/identities/properties/merged/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs306 === errors;
if(!valid41){
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
var valid0 = _errs302 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delegation !== undefined){
let data159 = data.delegation;
const _errs314 = errors;
if(errors === _errs314){
if(Array.isArray(data159)){
var valid43 = true;
const len13 = data159.length;
for(let i13=0; i13<len13; i13++){
let data160 = data159[i13];
const _errs316 = errors;
if(errors === _errs316){
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
let missing30;
if(((((((((data160.tier === undefined) && (missing30 = "tier")) || ((data160.since === undefined) && (missing30 = "since"))) || ((data160.weeks === undefined) && (missing30 = "weeks"))) || ((data160.end === undefined) && (missing30 = "end"))) || ((data160.startShare === undefined) && (missing30 = "startShare"))) || ((data160.nowShare === undefined) && (missing30 = "nowShare"))) || ((data160.targetShare === undefined) && (missing30 = "targetShare"))) || ((data160.elapsed === undefined) && (missing30 = "elapsed"))){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13,schemaPath:"#/properties/delegation/items/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"}];
return false;
}
else {
if(data160.tier !== undefined){
let data161 = data160.tier;
const _errs318 = errors;
if(!(((data161 === "strategic") || (data161 === "implementation")) || (data161 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/tier",schemaPath:"#/properties/delegation/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.delegation.items.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid44 = _errs318 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.since !== undefined){
const _errs319 = errors;
if(typeof data160.since !== "string"){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/since",schemaPath:"#/properties/delegation/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid44 = _errs319 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.weeks !== undefined){
const _errs321 = errors;
if(!(typeof data160.weeks == "number")){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/weeks",schemaPath:"#/properties/delegation/items/properties/weeks/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid44 = _errs321 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.end !== undefined){
const _errs323 = errors;
if(typeof data160.end !== "string"){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/end",schemaPath:"#/properties/delegation/items/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid44 = _errs323 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.startShare !== undefined){
let data165 = data160.startShare;
const _errs325 = errors;
if((!(typeof data165 == "number")) && (data165 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/startShare",schemaPath:"#/properties/delegation/items/properties/startShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.startShare.type},message:"must be number,null"}];
return false;
}
var valid44 = _errs325 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.nowShare !== undefined){
let data166 = data160.nowShare;
const _errs327 = errors;
if((!(typeof data166 == "number")) && (data166 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/nowShare",schemaPath:"#/properties/delegation/items/properties/nowShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.nowShare.type},message:"must be number,null"}];
return false;
}
var valid44 = _errs327 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.targetShare !== undefined){
let data167 = data160.targetShare;
const _errs329 = errors;
if((!(typeof data167 == "number")) && (data167 !== null)){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/targetShare",schemaPath:"#/properties/delegation/items/properties/targetShare/type",keyword:"type",params:{type: schema11.properties.delegation.items.properties.targetShare.type},message:"must be number,null"}];
return false;
}
var valid44 = _errs329 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data160.elapsed !== undefined){
const _errs331 = errors;
if(!(typeof data160.elapsed == "number")){
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13+"/elapsed",schemaPath:"#/properties/delegation/items/properties/elapsed/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid44 = _errs331 === errors;
}
else {
var valid44 = true;
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
validate10.errors = [{instancePath:instancePath+"/delegation/" + i13,schemaPath:"#/properties/delegation/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid43 = _errs316 === errors;
if(!valid43){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs314 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thresholds !== undefined){
let data169 = data.thresholds;
const _errs333 = errors;
if(errors === _errs333){
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key0 in data169){
const _errs336 = errors;
if(!(typeof data169[key0] == "number")){
validate10.errors = [{instancePath:instancePath+"/thresholds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/thresholds/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid45 = _errs336 === errors;
if(!valid45){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs333 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
let data171 = data.options;
const _errs338 = errors;
if(!(data171 && typeof data171 == "object" && !Array.isArray(data171))){
validate10.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs338 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warnings !== undefined){
let data172 = data.warnings;
const _errs340 = errors;
if(errors === _errs340){
if(Array.isArray(data172)){
var valid46 = true;
const len14 = data172.length;
for(let i14=0; i14<len14; i14++){
const _errs342 = errors;
if(typeof data172[i14] !== "string"){
validate10.errors = [{instancePath:instancePath+"/warnings/" + i14,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid46 = _errs342 === errors;
if(!valid46){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs340 === errors;
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
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

