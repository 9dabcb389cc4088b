// @ts-nocheck
// Generated from GITHUB_REVIEWS_SCHEMA in src/core/githubReviews.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jupyterlab-letgo/github-reviews.schema.json","title":"letgo --reviews file (gh api graphql --paginate --slurp, README's query)","type":"array","items":{"type":"object","required":["data"],"properties":{"data":{"type":"object","required":["repository"],"properties":{"repository":{"type":"object","required":["pullRequests"],"properties":{"pullRequests":{"type":"object","required":["nodes"],"properties":{"nodes":{"type":"array","items":{"type":"object","required":["url","author","reviews"],"properties":{"url":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2000},"author":{"type":["object","null"],"required":["__typename","login"],"properties":{"__typename":{"type":"string"},"login":{"type":"string","minLength":1,"maxLength":100},"name":{"type":["string","null"],"maxLength":1000}}},"mergeCommit":{"type":["object","null"],"required":["oid"],"properties":{"oid":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"}}},"reviews":{"type":"object","required":["nodes"],"properties":{"nodes":{"type":"array","items":{"type":"object","required":["author","state","submittedAt"],"properties":{"author":{"type":["object","null"],"required":["__typename","login"],"properties":{"__typename":{"type":"string"},"login":{"type":"string","minLength":1,"maxLength":100},"name":{"type":["string","null"],"maxLength":1000}}},"state":{"enum":["APPROVED","CHANGES_REQUESTED","COMMENTED","DISMISSED","PENDING"]},"submittedAt":{"type":["string","null"],"pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"}}}}}}}}}}}}}}}}}};
const func2 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
const pattern0 = new RegExp("^https?://[^\\s]+$", "u");
const pattern1 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jupyterlab-letgo/github-reviews.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.data === undefined) && (missing0 = "data")){
validate10.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data0.data !== undefined){
let data1 = data0.data;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.repository === undefined) && (missing1 = "repository")){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data",schemaPath:"#/items/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.repository !== undefined){
let data2 = data1.repository;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.pullRequests === undefined) && (missing2 = "pullRequests")){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository",schemaPath:"#/items/properties/data/properties/repository/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.pullRequests !== undefined){
let data3 = data2.pullRequests;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing3;
if((data3.nodes === undefined) && (missing3 = "nodes")){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data3.nodes !== undefined){
let data4 = data3.nodes;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid5 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if((((data5.url === undefined) && (missing4 = "url")) || ((data5.author === undefined) && (missing4 = "author"))) || ((data5.reviews === undefined) && (missing4 = "reviews"))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1,schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data5.url !== undefined){
let data6 = data5.url;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(func2(data6) > 2000){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/url",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/url",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/url",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs13 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.author !== undefined){
let data7 = data5.author;
const _errs15 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.author.type},message:"must be object,null"}];
return false;
}
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing5;
if(((data7.__typename === undefined) && (missing5 = "__typename")) || ((data7.login === undefined) && (missing5 = "login"))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data7.__typename !== undefined){
const _errs17 = errors;
if(typeof data7.__typename !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/__typename",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/__typename/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs17 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.login !== undefined){
let data9 = data7.login;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data9 === "string"){
if(func2(data9) > 100){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/login/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data9) < 1){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.name !== undefined){
let data10 = data7.name;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/name",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/name/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.author.properties.name.type},message:"must be string,null"}];
return false;
}
if(errors === _errs21){
if(typeof data10 === "string"){
if(func2(data10) > 1000){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/author/name",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/author/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
}
var valid7 = _errs21 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.mergeCommit !== undefined){
let data11 = data5.mergeCommit;
const _errs23 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/mergeCommit",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/mergeCommit/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.mergeCommit.type},message:"must be object,null"}];
return false;
}
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing6;
if((data11.oid === undefined) && (missing6 = "oid")){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/mergeCommit",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/mergeCommit/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data11.oid !== undefined){
let data12 = data11.oid;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/mergeCommit/oid",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/mergeCommit/properties/oid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/mergeCommit/oid",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/mergeCommit/properties/oid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.reviews !== undefined){
let data13 = data5.reviews;
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing7;
if((data13.nodes === undefined) && (missing7 = "nodes")){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data13.nodes !== undefined){
let data14 = data13.nodes;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data14)){
var valid10 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
const _errs31 = errors;
if(errors === _errs31){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing8;
if((((data15.author === undefined) && (missing8 = "author")) || ((data15.state === undefined) && (missing8 = "state"))) || ((data15.submittedAt === undefined) && (missing8 = "submittedAt"))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2,schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data15.author !== undefined){
let data16 = data15.author;
const _errs33 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.reviews.properties.nodes.items.properties.author.type},message:"must be object,null"}];
return false;
}
if(errors === _errs33){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing9;
if(((data16.__typename === undefined) && (missing9 = "__typename")) || ((data16.login === undefined) && (missing9 = "login"))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data16.__typename !== undefined){
const _errs35 = errors;
if(typeof data16.__typename !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/__typename",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/__typename/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs35 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.login !== undefined){
let data18 = data16.login;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data18 === "string"){
if(func2(data18) > 100){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/login/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data18) < 1){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/login",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs37 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.name !== undefined){
let data19 = data16.name;
const _errs39 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/name",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/name/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.reviews.properties.nodes.items.properties.author.properties.name.type},message:"must be string,null"}];
return false;
}
if(errors === _errs39){
if(typeof data19 === "string"){
if(func2(data19) > 1000){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/author/name",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/author/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
}
var valid12 = _errs39 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
var valid11 = _errs33 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data15.state !== undefined){
let data20 = data15.state;
const _errs41 = errors;
if(!(((((data20 === "APPROVED") || (data20 === "CHANGES_REQUESTED")) || (data20 === "COMMENTED")) || (data20 === "DISMISSED")) || (data20 === "PENDING"))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/state",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/state/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.reviews.properties.nodes.items.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs41 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data15.submittedAt !== undefined){
let data21 = data15.submittedAt;
const _errs42 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/submittedAt",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/submittedAt/type",keyword:"type",params:{type: schema11.items.properties.data.properties.repository.properties.pullRequests.properties.nodes.items.properties.reviews.properties.nodes.items.properties.submittedAt.type},message:"must be string,null"}];
return false;
}
if(errors === _errs42){
if(typeof data21 === "string"){
if(!pattern2.test(data21)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2+"/submittedAt",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/properties/submittedAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
}
var valid11 = _errs42 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes/" + i2,schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs31 === errors;
if(!valid10){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews/nodes",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1+"/reviews",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/properties/reviews/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs27 === errors;
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
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes/" + i1,schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs11 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests/nodes",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository/pullRequests",schemaPath:"#/items/properties/data/properties/repository/properties/pullRequests/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data/repository",schemaPath:"#/items/properties/data/properties/repository/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/data",schemaPath:"#/items/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

