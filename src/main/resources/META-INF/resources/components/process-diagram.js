/* Built by frontend/components/build.mjs; do not edit. process-diagram.ts sha256=e6c921efcb90cb84c725aac0685ae121fa278e41ac87a0d1ecaa20cdc2881e3b package-lock.json sha256=ea52d9524bcfbe1fe317c04395f799c14837b31610489df211843f9162dfd8cd */
var Ss=Object.defineProperty;var ks=(e,t,r)=>t in e?Ss(e,t,{enumerable:!0,configurable:!0,writable:!0,value:r}):e[t]=r;var Xt=(e,t,r)=>ks(e,typeof t!="symbol"?t+"":t,r);var Lr=globalThis,Ir=Lr.ShadowRoot&&(Lr.ShadyCSS===void 0||Lr.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,On=Symbol(),qi=new WeakMap,fr=class{constructor(t,r,n){if(this._$cssResult$=!0,n!==On)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=r}get styleSheet(){let t=this.o,r=this.t;if(Ir&&t===void 0){let n=r!==void 0&&r.length===1;n&&(t=qi.get(r)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&qi.set(r,t))}return t}toString(){return this.cssText}},dr=e=>new fr(typeof e=="string"?e:e+"",void 0,On),Bn=(e,...t)=>{let r=e.length===1?e[0]:t.reduce((n,i,o)=>n+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+e[o+1],e[0]);return new fr(r,e,On)},Gi=(e,t)=>{if(Ir)e.adoptedStyleSheets=t.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(let r of t){let n=document.createElement("style"),i=Lr.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=r.cssText,e.appendChild(n)}},Ln=Ir?e=>e:e=>e instanceof CSSStyleSheet?(t=>{let r="";for(let n of t.cssRules)r+=n.cssText;return dr(r)})(e):e;var{is:Cs,defineProperty:Rs,getOwnPropertyDescriptor:Ps,getOwnPropertyNames:Ts,getOwnPropertySymbols:Ms,getPrototypeOf:js}=Object,$r=globalThis,Xi=$r.trustedTypes,Ns=Xi?Xi.emptyScript:"",Ds=$r.reactiveElementPolyfillSupport,hr=(e,t)=>e,In={toAttribute(e,t){switch(t){case Boolean:e=e?Ns:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let r=e;switch(t){case Boolean:r=e!==null;break;case Number:r=e===null?null:Number(e);break;case Object:case Array:try{r=JSON.parse(e)}catch{r=null}}return r}},Qi=(e,t)=>!Cs(e,t),Zi={attribute:!0,type:String,converter:In,reflect:!1,useDefault:!1,hasChanged:Qi};Symbol.metadata??=Symbol("metadata"),$r.litPropertyMetadata??=new WeakMap;var gt=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,r=Zi){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(t,r),!r.noAccessor){let n=Symbol(),i=this.getPropertyDescriptor(t,n,r);i!==void 0&&Rs(this.prototype,t,i)}}static getPropertyDescriptor(t,r,n){let{get:i,set:o}=Ps(this.prototype,t)??{get(){return this[r]},set(s){this[r]=s}};return{get:i,set(s){let u=i?.call(this);o?.call(this,s),this.requestUpdate(t,u,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Zi}static _$Ei(){if(this.hasOwnProperty(hr("elementProperties")))return;let t=js(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(hr("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(hr("properties"))){let r=this.properties,n=[...Ts(r),...Ms(r)];for(let i of n)this.createProperty(i,r[i])}let t=this[Symbol.metadata];if(t!==null){let r=litPropertyMetadata.get(t);if(r!==void 0)for(let[n,i]of r)this.elementProperties.set(n,i)}this._$Eh=new Map;for(let[r,n]of this.elementProperties){let i=this._$Eu(r,n);i!==void 0&&this._$Eh.set(i,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let r=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let i of n)r.unshift(Ln(i))}else t!==void 0&&r.push(Ln(t));return r}static _$Eu(t,r){let n=r.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,r=this.constructor.elementProperties;for(let n of r.keys())this.hasOwnProperty(n)&&(t.set(n,this[n]),delete this[n]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Gi(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,r,n){this._$AK(t,n)}_$ET(t,r){let n=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,n);if(i!==void 0&&n.reflect===!0){let o=(n.converter?.toAttribute!==void 0?n.converter:In).toAttribute(r,n.type);this._$Em=t,o==null?this.removeAttribute(i):this.setAttribute(i,o),this._$Em=null}}_$AK(t,r){let n=this.constructor,i=n._$Eh.get(t);if(i!==void 0&&this._$Em!==i){let o=n.getPropertyOptions(i),s=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:In;this._$Em=i;let u=s.fromAttribute(r,o.type);this[i]=u??this._$Ej?.get(i)??u,this._$Em=null}}requestUpdate(t,r,n,i=!1,o){if(t!==void 0){let s=this.constructor;if(i===!1&&(o=this[t]),n??=s.getPropertyOptions(t),!((n.hasChanged??Qi)(o,r)||n.useDefault&&n.reflect&&o===this._$Ej?.get(t)&&!this.hasAttribute(s._$Eu(t,n))))return;this.C(t,r,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,r,{useDefault:n,reflect:i,wrapped:o},s){n&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,s??r??this[t]),o!==!0||s!==void 0)||(this._$AL.has(t)||(this.hasUpdated||n||(r=void 0),this._$AL.set(t,r)),i===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,o]of this._$Ep)this[i]=o;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[i,o]of n){let{wrapped:s}=o,u=this[i];s!==!0||this._$AL.has(i)||u===void 0||this.C(i,void 0,o,u)}}let t=!1,r=this._$AL;try{t=this.shouldUpdate(r),t?(this.willUpdate(r),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(r)):this._$EM()}catch(n){throw t=!1,this._$EM(),n}t&&this._$AE(r)}willUpdate(t){}_$AE(t){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(t){}firstUpdated(t){}};gt.elementStyles=[],gt.shadowRootOptions={mode:"open"},gt[hr("elementProperties")]=new Map,gt[hr("finalized")]=new Map,Ds?.({ReactiveElement:gt}),($r.reactiveElementVersions??=[]).push("2.1.2");var Un=globalThis,Ji=e=>e,Fr=Un.trustedTypes,eo=Fr?Fr.createPolicy("lit-html",{createHTML:e=>e}):void 0,ao="$lit$",kt=`lit$${Math.random().toFixed(9).slice(2)}$`,so="?"+kt,Os=`<${so}>`,$t=document,yr=()=>$t.createComment(""),gr=e=>e===null||typeof e!="object"&&typeof e!="function",Kn=Array.isArray,Bs=e=>Kn(e)||typeof e?.[Symbol.iterator]=="function",$n=`[ 	
\f\r]`,mr=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,to=/-->/g,ro=/>/g,Lt=RegExp(`>|${$n}(?:([^\\s"'>=/]+)(${$n}*=${$n}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),no=/'/g,io=/"/g,lo=/^(?:script|style|textarea|title)$/i,Yn=e=>(t,...r)=>({_$litType$:e,strings:t,values:r}),uo=Yn(1),qp=Yn(2),Gp=Yn(3),Ft=Symbol.for("lit-noChange"),xe=Symbol.for("lit-nothing"),oo=new WeakMap,It=$t.createTreeWalker($t,129);function co(e,t){if(!Kn(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return eo!==void 0?eo.createHTML(t):t}var Ls=(e,t)=>{let r=e.length-1,n=[],i,o=t===2?"<svg>":t===3?"<math>":"",s=mr;for(let u=0;u<r;u++){let c=e[u],f,m,v=-1,M=0;for(;M<c.length&&(s.lastIndex=M,m=s.exec(c),m!==null);)M=s.lastIndex,s===mr?m[1]==="!--"?s=to:m[1]!==void 0?s=ro:m[2]!==void 0?(lo.test(m[2])&&(i=RegExp("</"+m[2],"g")),s=Lt):m[3]!==void 0&&(s=Lt):s===Lt?m[0]===">"?(s=i??mr,v=-1):m[1]===void 0?v=-2:(v=s.lastIndex-m[2].length,f=m[1],s=m[3]===void 0?Lt:m[3]==='"'?io:no):s===io||s===no?s=Lt:s===to||s===ro?s=mr:(s=Lt,i=void 0);let L=s===Lt&&e[u+1].startsWith("/>")?" ":"";o+=s===mr?c+Os:v>=0?(n.push(f),c.slice(0,v)+ao+c.slice(v)+kt+L):c+kt+(v===-2?u:L)}return[co(e,o+(e[r]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),n]},vr=class e{constructor({strings:t,_$litType$:r},n){let i;this.parts=[];let o=0,s=0,u=t.length-1,c=this.parts,[f,m]=Ls(t,r);if(this.el=e.createElement(f,n),It.currentNode=this.el.content,r===2||r===3){let v=this.el.content.firstChild;v.replaceWith(...v.childNodes)}for(;(i=It.nextNode())!==null&&c.length<u;){if(i.nodeType===1){if(i.hasAttributes())for(let v of i.getAttributeNames())if(v.endsWith(ao)){let M=m[s++],L=i.getAttribute(v).split(kt),K=/([.?@])?(.*)/.exec(M);c.push({type:1,index:o,name:K[2],strings:L,ctor:K[1]==="."?zn:K[1]==="?"?Vn:K[1]==="@"?Hn:Qt}),i.removeAttribute(v)}else v.startsWith(kt)&&(c.push({type:6,index:o}),i.removeAttribute(v));if(lo.test(i.tagName)){let v=i.textContent.split(kt),M=v.length-1;if(M>0){i.textContent=Fr?Fr.emptyScript:"";for(let L=0;L<M;L++)i.append(v[L],yr()),It.nextNode(),c.push({type:2,index:++o});i.append(v[M],yr())}}}else if(i.nodeType===8)if(i.data===so)c.push({type:2,index:o});else{let v=-1;for(;(v=i.data.indexOf(kt,v+1))!==-1;)c.push({type:7,index:o}),v+=kt.length-1}o++}}static createElement(t,r){let n=$t.createElement("template");return n.innerHTML=t,n}};function Zt(e,t,r=e,n){if(t===Ft)return t;let i=n!==void 0?r._$Co?.[n]:r._$Cl,o=gr(t)?void 0:t._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),o===void 0?i=void 0:(i=new o(e),i._$AT(e,r,n)),n!==void 0?(r._$Co??=[])[n]=i:r._$Cl=i),i!==void 0&&(t=Zt(e,i._$AS(e,t.values),i,n)),t}var Fn=class{constructor(t,r){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:r},parts:n}=this._$AD,i=(t?.creationScope??$t).importNode(r,!0);It.currentNode=i;let o=It.nextNode(),s=0,u=0,c=n[0];for(;c!==void 0;){if(s===c.index){let f;c.type===2?f=new br(o,o.nextSibling,this,t):c.type===1?f=new c.ctor(o,c.name,c.strings,this,t):c.type===6&&(f=new Wn(o,this,t)),this._$AV.push(f),c=n[++u]}s!==c?.index&&(o=It.nextNode(),s++)}return It.currentNode=$t,i}p(t){let r=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,r),r+=n.strings.length-2):n._$AI(t[r])),r++}},br=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,r,n,i){this.type=2,this._$AH=xe,this._$AN=void 0,this._$AA=t,this._$AB=r,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,r=this._$AM;return r!==void 0&&t?.nodeType===11&&(t=r.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,r=this){t=Zt(this,t,r),gr(t)?t===xe||t==null||t===""?(this._$AH!==xe&&this._$AR(),this._$AH=xe):t!==this._$AH&&t!==Ft&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Bs(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==xe&&gr(this._$AH)?this._$AA.nextSibling.data=t:this.T($t.createTextNode(t)),this._$AH=t}$(t){let{values:r,_$litType$:n}=t,i=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=vr.createElement(co(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(r);else{let o=new Fn(i,this),s=o.u(this.options);o.p(r),this.T(s),this._$AH=o}}_$AC(t){let r=oo.get(t.strings);return r===void 0&&oo.set(t.strings,r=new vr(t)),r}k(t){Kn(this._$AH)||(this._$AH=[],this._$AR());let r=this._$AH,n,i=0;for(let o of t)i===r.length?r.push(n=new e(this.O(yr()),this.O(yr()),this,this.options)):n=r[i],n._$AI(o),i++;i<r.length&&(this._$AR(n&&n._$AB.nextSibling,i),r.length=i)}_$AR(t=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);t!==this._$AB;){let n=Ji(t).nextSibling;Ji(t).remove(),t=n}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},Qt=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,r,n,i,o){this.type=1,this._$AH=xe,this._$AN=void 0,this.element=t,this.name=r,this._$AM=i,this.options=o,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=xe}_$AI(t,r=this,n,i){let o=this.strings,s=!1;if(o===void 0)t=Zt(this,t,r,0),s=!gr(t)||t!==this._$AH&&t!==Ft,s&&(this._$AH=t);else{let u=t,c,f;for(t=o[0],c=0;c<o.length-1;c++)f=Zt(this,u[n+c],r,c),f===Ft&&(f=this._$AH[c]),s||=!gr(f)||f!==this._$AH[c],f===xe?t=xe:t!==xe&&(t+=(f??"")+o[c+1]),this._$AH[c]=f}s&&!i&&this.j(t)}j(t){t===xe?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},zn=class extends Qt{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===xe?void 0:t}},Vn=class extends Qt{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==xe)}},Hn=class extends Qt{constructor(t,r,n,i,o){super(t,r,n,i,o),this.type=5}_$AI(t,r=this){if((t=Zt(this,t,r,0)??xe)===Ft)return;let n=this._$AH,i=t===xe&&n!==xe||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,o=t!==xe&&(n===xe||i);i&&this.element.removeEventListener(this.name,this,n),o&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Wn=class{constructor(t,r,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=r,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){Zt(this,t)}};var Is=Un.litHtmlPolyfillSupport;Is?.(vr,br),(Un.litHtmlVersions??=[]).push("3.3.3");var po=(e,t,r)=>{let n=r?.renderBefore??t,i=n._$litPart$;if(i===void 0){let o=r?.renderBefore??null;n._$litPart$=i=new br(t.insertBefore(yr(),o),o,void 0,r??{})}return i._$AI(e),i};var qn=globalThis,Ct=class extends gt{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=po(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ft}};Ct._$litElement$=!0,Ct.finalized=!0,qn.litElementHydrateSupport?.({LitElement:Ct});var $s=qn.litElementPolyfillSupport;$s?.({LitElement:Ct});(qn.litElementVersions??=[]).push("4.2.2");function ge(e,t){t&&(e.super_=t,e.prototype=Object.create(t.prototype,{constructor:{value:e,enumerable:!1,writable:!0,configurable:!0}}))}var xr=Object.prototype.toString,Fs=Object.prototype.hasOwnProperty;function zr(e){return e===void 0}function zt(e){return e!==void 0}function Gn(e){return e==null}function ce(e){return xr.call(e)==="[object Array]"}function Me(e){return xr.call(e)==="[object Object]"}function $e(e){return xr.call(e)==="[object Number]"}function it(e){let t=xr.call(e);return t==="[object Function]"||t==="[object AsyncFunction]"||t==="[object GeneratorFunction]"||t==="[object AsyncGeneratorFunction]"||t==="[object Proxy]"}function Fe(e){return xr.call(e)==="[object String]"}function vt(e,t){return!Gn(e)&&Fs.call(e,t)}function ve(e,t){let r=Qn(t),n;return T(e,function(i,o){if(r(i,o))return n=i,!1}),n}function fo(e,t){let r=Qn(t),n=ce(e)?-1:void 0;return T(e,function(i,o){if(r(i,o))return n=o,!1}),n}function ct(e,t){let r=Qn(t),n=[];return T(e,function(i,o){r(i,o)&&n.push(i)}),n}function T(e,t){let r,n;if(zr(e))return;let i=ce(e)?Vs:zs;for(let o in e)if(vt(e,o)&&(r=e[o],n=t(r,i(o)),n===!1))return r}function pt(e,t,r){return T(e,function(n,i){r=t(r,n,i)}),r}function Xn(e,t){return!!pt(e,function(r,n,i){return r&&t(n,i)},!0)}function Vr(e,t){return!!ve(e,t)}function ho(e,t){let r=[];return T(e,function(n,i){r.push(t(n,i))}),r}function Zn(e){return function(t){return Xn(e,function(r,n){return t[n]===r})}}function Qn(e){return it(e)?e:t=>t===e}function zs(e){return e}function Vs(e){return Number(e)}function Er(e,t){let r,n,i,o;function s(v){let M=Date.now(),L=v?0:o+t-M;if(L>0)return u(L);e.apply(i,n),c()}function u(v){r=setTimeout(s,v)}function c(){r&&clearTimeout(r),r=o=n=i=void 0}function f(){r&&s(!0),c()}function m(...v){o=Date.now(),n=v,i=this,r||u(t)}return m.flush=f,m.cancel=c,m}function ot(e,t){return e.bind(t)}function C(e,...t){return Object.assign(e,...t)}function mo(e,t,r){let n=e;return T(t,function(i,o){if(typeof i!="number"&&typeof i!="string")throw new Error("illegal key type: "+typeof i+". Key should be of type number or string.");if(i==="constructor")throw new Error("illegal key: constructor");if(i==="__proto__")throw new Error("illegal key: __proto__");let s=t[o+1],u=n[i];zt(s)&&Gn(u)&&(u=n[i]=isNaN(+s)?{}:[]),zr(s)?zr(r)?delete n[i]:n[i]=r:n=u}),e}function yo(e,t){let r={},n=Object(e);return T(t,function(i){i in n&&(r[i]=e[i])}),r}function go(e,t){let r={},n=Object(e);return T(n,function(i,o){t.indexOf(o)===-1&&(r[o]=i)}),r}var Hs=1e3;function Xe(e,t){var r=this;t=t||Hs,e.on(["render.shape","render.connection"],t,function(n,i){var o=n.type,s=i.element,u=i.gfx,c=i.attrs;if(r.canRender(s))return o==="render.shape"?r.drawShape(u,s,c):r.drawConnection(u,s,c)}),e.on(["render.getShapePath","render.getConnectionPath"],t,function(n,i){if(r.canRender(i))return n.type==="render.getShapePath"?r.getShapePath(i):r.getConnectionPath(i)})}Xe.prototype.canRender=function(e){};Xe.prototype.drawShape=function(e,t){};Xe.prototype.drawConnection=function(e,t){};Xe.prototype.getShapePath=function(e){};Xe.prototype.getConnectionPath=function(e){};function N(e,t){var r=oe(e);return r&&typeof r.$instanceOf=="function"&&r.$instanceOf(t)}function vo(e,t){return Vr(t,function(r){return N(e,r)})}function oe(e){return e&&e.businessObject||e}function Ze(e){return e&&e.di}function bt(e,t){return N(e,"bpmn:CallActivity")?!1:N(e,"bpmn:SubProcess")?(t=t||Ze(e),t&&N(t,"bpmndi:BPMNPlane")?!0:t&&!!t.isExpanded):N(e,"bpmn:Participant")?!!oe(e).processRef:!0}function Jn(e){if(!(!N(e,"bpmn:Participant")&&!N(e,"bpmn:Lane"))){var t=Ze(e).isHorizontal;return t===void 0?!0:t}}function bo(e){return e&&!!oe(e).triggeredByEvent}function xo(e){return Me(e)&&vt(e,"waypoints")}function ei(e){return Me(e)&&vt(e,"labelTarget")}var wr={width:90,height:20},Eo=15;function wo(e){return N(e,"bpmn:Event")||N(e,"bpmn:Gateway")||N(e,"bpmn:DataStoreReference")||N(e,"bpmn:DataObjectReference")||N(e,"bpmn:DataInput")||N(e,"bpmn:DataOutput")||N(e,"bpmn:SequenceFlow")||N(e,"bpmn:MessageFlow")||N(e,"bpmn:Group")}function Ws(e){var t=e.length/2-1,r=e[Math.floor(t)],n=e[Math.ceil(t+.01)],i=Us(e),o=Math.atan((n.y-r.y)/(n.x-r.x)),s=i.x,u=i.y;return Math.abs(o)<Math.PI/2?u-=Eo:s+=Eo,{x:s,y:u}}function Us(e){var t=e.length/2-1,r=e[Math.floor(t)],n=e[Math.ceil(t+.01)];return{x:r.x+(n.x-r.x)/2,y:r.y+(n.y-r.y)/2}}function Ks(e){return e.waypoints?Ws(e.waypoints):N(e,"bpmn:Group")?{x:e.x+e.width/2,y:e.y+wr.height/2}:{x:e.x+e.width/2,y:e.y+e.height+wr.height/2}}function _o(e,t){var r,n,i,o=e.label;return o&&o.bounds?(i=o.bounds,n={width:i.width,height:i.height},r={x:i.x+i.width/2,y:i.y+i.height/2}):(r=Ks(t),n=wr),C({x:r.x-n.width/2,y:r.y-n.height/2},n)}function Ys(e){if(N(e,"bpmn:FlowElement")||N(e,"bpmn:Participant")||N(e,"bpmn:Lane")||N(e,"bpmn:SequenceFlow")||N(e,"bpmn:MessageFlow")||N(e,"bpmn:DataInput")||N(e,"bpmn:DataOutput"))return"name";if(N(e,"bpmn:TextAnnotation"))return"text";if(N(e,"bpmn:Group"))return"categoryValueRef"}function qs(e){var t=e.categoryValueRef;return t&&t.value||""}function Jt(e){var t=e.businessObject,r=Ys(t);if(r)return r==="categoryValueRef"?qs(t):t[r]||""}function xt(e,t){t=!!t,ce(e)||(e=[e]);var r,n,i,o;return T(e,function(s){var u=s;s.waypoints&&!t&&(u=xt(s.waypoints,!0));var c=u.x,f=u.y,m=u.height||0,v=u.width||0;(c<r||r===void 0)&&(r=c),(f<n||n===void 0)&&(n=f),(c+v>i||i===void 0)&&(i=c+v),(f+m>o||o===void 0)&&(o=f+m)}),{x:r,y:n,height:o-n,width:i-r}}function Hr(e){return"waypoints"in e?"connection":"x"in e?"shape":"root"}function Wr(e){return!!(e&&e.isFrame)}var Ur=7;function Gs(e,t){if(e.ownerDocument!==t.ownerDocument)try{return t.ownerDocument.importNode(e,!0)}catch{}return e}function Co(e,t){return t.appendChild(Gs(e,t))}function le(e,t){return Co(t,e),e}var ni=2,Ro={"alignment-baseline":1,"baseline-shift":1,clip:1,"clip-path":1,"clip-rule":1,color:1,"color-interpolation":1,"color-interpolation-filters":1,"color-profile":1,"color-rendering":1,cursor:1,direction:1,display:1,"dominant-baseline":1,"enable-background":1,fill:1,"fill-opacity":1,"fill-rule":1,filter:1,"flood-color":1,"flood-opacity":1,font:1,"font-family":1,"font-size":ni,"font-size-adjust":1,"font-stretch":1,"font-style":1,"font-variant":1,"font-weight":1,"glyph-orientation-horizontal":1,"glyph-orientation-vertical":1,"image-rendering":1,kerning:1,"letter-spacing":1,"lighting-color":1,marker:1,"marker-end":1,"marker-mid":1,"marker-start":1,mask:1,opacity:1,overflow:1,"pointer-events":1,"shape-rendering":1,"stop-color":1,"stop-opacity":1,stroke:1,"stroke-dasharray":1,"stroke-dashoffset":1,"stroke-linecap":1,"stroke-linejoin":1,"stroke-miterlimit":1,"stroke-opacity":1,"stroke-width":ni,"text-anchor":1,"text-decoration":1,"text-rendering":1,"unicode-bidi":1,visibility:1,"word-spacing":1,"writing-mode":1};function Xs(e,t){return Ro[t]?e.style[t]:e.getAttributeNS(null,t)}function Po(e,t,r){var n=t.replace(/([a-z])([A-Z])/g,"$1-$2").toLowerCase(),i=Ro[n];i?(i===ni&&typeof r=="number"&&(r=String(r)+"px"),e.style[n]=r):e.setAttributeNS(null,t,r)}function Zs(e,t){var r=Object.keys(t),n,i;for(n=0,i;i=r[n];n++)Po(e,i,t[i])}function Q(e,t,r){if(typeof t=="string")if(r!==void 0)Po(e,t,r);else return Xs(e,t);else Zs(e,t);return e}var Qs=Object.prototype.toString;function Ue(e){return new Rt(e)}function Rt(e){if(!e||!e.nodeType)throw new Error("A DOM element reference is required");this.el=e,this.list=e.classList}Rt.prototype.add=function(e){return this.list.add(e),this};Rt.prototype.remove=function(e){return Qs.call(e)=="[object RegExp]"?this.removeMatching(e):(this.list.remove(e),this)};Rt.prototype.removeMatching=function(e){let t=this.array();for(let r=0;r<t.length;r++)e.test(t[r])&&this.remove(t[r]);return this};Rt.prototype.toggle=function(e,t){return typeof t<"u"?t!==this.list.toggle(e,t)&&this.list.toggle(e):this.list.toggle(e),this};Rt.prototype.array=function(){return Array.from(this.list)};Rt.prototype.has=Rt.prototype.contains=function(e){return this.list.contains(e)};function Js(e){for(var t;t=e.firstChild;)e.removeChild(t);return e}var oi={svg:"http://www.w3.org/2000/svg"},Ao='<svg xmlns="'+oi.svg+'"';function To(e){var t=!1;e.substring(0,4)==="<svg"?e.indexOf(oi.svg)===-1&&(e=Ao+e.substring(4)):(e=Ao+">"+e+"</svg>",t=!0);var r=el(e);if(!t)return r;for(var n=document.createDocumentFragment(),i=r.firstChild;i.firstChild;)n.appendChild(i.firstChild);return n}function el(e){var t;return t=new DOMParser,t.async=!1,t.parseFromString(e,"text/xml")}function J(e,t){var r;return e=e.trim(),e.charAt(0)==="<"?(r=To(e).firstChild,r=document.importNode(r,!0)):r=document.createElementNS(oi.svg,e),t&&Q(r,t),r}var ti=null;function ii(){return ti===null&&(ti=J("svg")),ti}function So(e,t){var r,n,i=Object.keys(t);for(r=0;n=i[r];r++)e[n]=t[n];return e}function Mo(e,t,r,n,i,o){var s=ii().createSVGMatrix();switch(arguments.length){case 0:return s;case 1:return So(s,e);case 6:return So(s,{a:e,b:t,c:r,d:n,e:i,f:o})}}function er(e){return e?ii().createSVGTransformFromMatrix(e):ii().createSVGTransform()}var ko=/([&<>]{1})/g,tl=/([&<>\n\r"]{1})/g,rl={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"'"};function ri(e,t){function r(n,i){return rl[i]||i}return e.replace(t,r)}function jo(e,t){var r,n,i,o,s;switch(e.nodeType){case 3:t.push(ri(e.textContent,ko));break;case 1:if(t.push("<",e.tagName),e.hasAttributes())for(i=e.attributes,r=0,n=i.length;r<n;++r)o=i.item(r),t.push(" ",o.name,'="',ri(o.value,tl),'"');if(e.hasChildNodes()){for(t.push(">"),s=e.childNodes,r=0,n=s.length;r<n;++r)jo(s.item(r),t);t.push("</",e.tagName,">")}else t.push("/>");break;case 8:t.push("<!--",ri(e.nodeValue,ko),"-->");break;case 4:t.push("<![CDATA[",e.nodeValue,"]]>");break;default:throw new Error("unable to handle node "+e.nodeType)}return t}function nl(e,t){var r=To(t);if(Js(e),!!t){ol(r)||(r=r.documentElement);for(var n=al(r.childNodes),i=0;i<n.length;i++)Co(n[i],e)}}function il(e){for(var t=e.firstChild,r=[];t;)jo(t,r),t=t.nextSibling;return r.join("")}function ol(e){return e.nodeName==="#document-fragment"}function ai(e,t){if(t!==void 0){try{nl(e,t)}catch(r){throw new Error("error parsing SVG: "+r.message)}return e}else return il(e)}function al(e){return Array.prototype.slice.call(e)}function Vt(e){var t=e.parentNode;return t&&t.removeChild(e),e}function sl(e,t){return t instanceof SVGMatrix?e.createSVGTransformFromMatrix(t):t}function ll(e,t){var r,n;for(e.clear(),r=0;n=t[r];r++)e.appendItem(sl(e,n))}function Ht(e,t){var r=e.transform.baseVal;return t&&(Array.isArray(t)||(t=[t]),ll(r,t)),r.consolidate()}function Et(e){return e.flat().join(",").replace(/,?([A-Za-z]),?/g,"$1")}function ul(e){return["M",e.x,e.y]}function si(e){return["L",e.x,e.y]}function cl(e,t,r){return["C",e.x,e.y,t.x,t.y,r.x,r.y]}function pl(e,t){let r=e.length,n=[ul(e[0])];for(let i=1;i<r;i++){let o=e[i-1],s=e[i],u=e[i+1];if(!u||!t){n.push(si(s));continue}let c=Math.min(t,li(s.x-o.x,s.y-o.y),li(u.x-s.x,u.y-s.y));if(!c){n.push(si(s));continue}let f=Kr(s,o,c),m=Kr(s,o,c*.5),v=Kr(s,u,c),M=Kr(s,u,c*.5);n.push(si(f)),n.push(cl(m,M,v))}return n}function Kr(e,t,r){let n=t.x-e.x,i=t.y-e.y,o=li(n,i),s=r/o;return{x:e.x+n*s,y:e.y+i*s}}function li(e,t){return Math.sqrt(Math.pow(e,2)+Math.pow(t,2))}function tr(e,t,r){$e(t)&&(r=t,t=null),t||(t={});let n=J("path",t);return $e(r)&&(n.dataset.cornerRadius=String(r)),ui(n,e)}function ui(e,t){let r=parseInt(e.dataset.cornerRadius,10)||0;return Q(e,{d:Et(pl(t,r))}),e}var Yr="hsl(225, 10%, 15%)",fl="white";function at(e,t){return Vr(e.eventDefinitions,function(r){return r.$type===t})}function No(e){return e.$type==="bpmn:IntermediateThrowEvent"||e.$type==="bpmn:EndEvent"}function Do(e){var t=e.dataObjectRef;return e.isCollection||t&&t.isCollection}function V(e,t,r){var n=Ze(e);return r||n.get("color:background-color")||n.get("bioc:fill")||t||fl}function R(e,t,r){var n=Ze(e);return r||n.get("color:border-color")||n.get("bioc:stroke")||t||Yr}function rr(e,t,r,n){var i=Ze(e),o=i.get("label");return n||o&&o.get("color:color")||t||R(e,r)}function Oo(e){var t=e.x+e.width/2,r=e.y+e.height/2,n=e.width/2,i=[["M",t,r],["m",0,-n],["a",n,n,0,1,1,0,2*n],["a",n,n,0,1,1,0,-2*n],["z"]];return Et(i)}function ci(e,t){var r=e.x,n=e.y,i=e.width,o=e.height,s=[["M",r+t,n],["l",i-t*2,0],["a",t,t,0,0,1,t,t],["l",0,o-t*2],["a",t,t,0,0,1,-t,t],["l",t*2-i,0],["a",t,t,0,0,1,-t,-t],["l",0,t*2-o],["a",t,t,0,0,1,t,-t],["z"]];return Et(s)}function Bo(e){var t=e.width,r=e.height,n=e.x,i=e.y,o=t/2,s=r/2,u=[["M",n+o,i],["l",o,s],["l",-o,s],["l",-o,-s],["z"]];return Et(u)}function Lo(e){var t=e.x,r=e.y,n=e.width,i=e.height,o=[["M",t,r],["l",n,0],["l",0,i],["l",-n,0],["z"]];return Et(o)}function nr(e,t={}){return{width:Ke(e,t),height:je(e,t)}}function Ke(e,t={}){return vt(t,"width")?t.width:e.width}function je(e,t={}){return vt(t,"height")?t.height:e.height}var fe={legend:[1,"<fieldset>","</fieldset>"],tr:[2,"<table><tbody>","</tbody></table>"],col:[2,"<table><tbody></tbody><colgroup>","</colgroup></table>"],_default:[0,"",""]};fe.td=fe.th=[3,"<table><tbody><tr>","</tr></tbody></table>"];fe.option=fe.optgroup=[1,'<select multiple="multiple">',"</select>"];fe.thead=fe.tbody=fe.colgroup=fe.caption=fe.tfoot=[1,"<table>","</table>"];fe.polyline=fe.ellipse=fe.polygon=fe.circle=fe.text=fe.line=fe.path=fe.rect=fe.g=[1,'<svg xmlns="http://www.w3.org/2000/svg" version="1.1">',"</svg>"];function Ee(e,t=globalThis.document){if(typeof e!="string")throw new TypeError("String expected");let r=/^<!--(.*?)-->$/s.exec(e);if(r)return t.createComment(r[1]);let n=/<([\w:]+)/.exec(e)?.[1];if(!n)return t.createTextNode(e);if(e=e.trim(),n==="body"){let f=t.createElement("html");f.innerHTML=e;let{lastChild:m}=f;return m.remove(),m}let[i,o,s]=Object.hasOwn(fe,n)?fe[n]:fe._default,u=t.createElement("div");for(u.innerHTML=o+e+s;i--;)u=u.lastChild;if(u.firstChild===u.lastChild){let{firstChild:f}=u;return f.remove(),f}let c=t.createDocumentFragment();return c.append(...u.childNodes),c}function dl(e,t){return t.forEach(function(r){r&&typeof r!="string"&&!Array.isArray(r)&&Object.keys(r).forEach(function(n){if(n!=="default"&&!(n in e)){var i=Object.getOwnPropertyDescriptor(r,n);Object.defineProperty(e,n,i.get?i:{enumerable:!0,get:function(){return r[n]}})}})}),Object.freeze(e)}function Se(e,...t){let r=e.style;return T(t,function(n){n&&T(n,function(i,o){r[o]=i})}),e}function Gr(e,t,r){return arguments.length==2?e.getAttribute(t):r===null?e.removeAttribute(t):(e.setAttribute(t,r),e)}var hl=Object.prototype.toString;function Qe(e){return new Pt(e)}function Pt(e){if(!e||!e.nodeType)throw new Error("A DOM element reference is required");this.el=e,this.list=e.classList}Pt.prototype.add=function(e){return this.list.add(e),this};Pt.prototype.remove=function(e){return hl.call(e)=="[object RegExp]"?this.removeMatching(e):(this.list.remove(e),this)};Pt.prototype.removeMatching=function(e){let t=this.array();for(let r=0;r<t.length;r++)e.test(t[r])&&this.remove(t[r]);return this};Pt.prototype.toggle=function(e,t){return typeof t<"u"?t!==this.list.toggle(e,t)&&this.list.toggle(e):this.list.toggle(e),this};Pt.prototype.array=function(){return Array.from(this.list)};Pt.prototype.has=Pt.prototype.contains=function(e){return this.list.contains(e)};function Xr(e){for(var t;t=e.firstChild;)e.removeChild(t);return e}function pi(e,t,r){var n=r?e:e.parentNode;return n&&typeof n.closest=="function"&&n.closest(t)||null}function ml(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var qr={},Io;function yl(){if(Io)return qr;Io=1;var e,t,r;function n(){e=window.addEventListener?"addEventListener":"attachEvent",t=window.removeEventListener?"removeEventListener":"detachEvent",r=e!=="addEventListener"?"on":""}return qr.bind=function(i,o,s,u){return e||n(),i[e](r+o,s,u||!1),s},qr.unbind=function(i,o,s,u){return t||n(),i[t](r+o,s,u||!1),s},qr}var $o=yl(),gl=ml($o),ke=dl({__proto__:null,default:gl},[$o]),Fo=["focus","blur"];function vl(e,t,r,n,i){return Fo.indexOf(r)!==-1&&(i=!0),ke.bind(e,r,function(o){var s=o.target||o.srcElement;o.delegateTarget=pi(s,t,!0),o.delegateTarget&&n.call(e,o)},i)}function bl(e,t,r,n){return Fo.indexOf(t)!==-1&&(n=!0),ke.unbind(e,t,r,n)}var _r={bind:vl,unbind:bl};function Ye(e,t){return t=t||document,t.querySelector(e)}function zo(e,t){return t=t||document,t.querySelectorAll(e)}function ir(e){e.parentNode&&e.parentNode.removeChild(e)}function Zr(e,t,r,n,i){var o=er();o.setTranslate(t,r);var s=er();s.setRotate(n||0,0,0);var u=er();u.setScale(i||1,i||1),Ht(e,[o,s,u])}function Qr(e,t,r){var n=er();n.setTranslate(t,r),Ht(e,n)}function Vo(e,t){var r=er();r.setRotate(t,0,0),Ht(e,r)}function xl(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var fi={exports:{}},Ho;function El(){if(Ho)return fi.exports;Ho=1;var e=fi.exports=function(t,r){if(r||(r=16),t===void 0&&(t=128),t<=0)return"0";for(var n=Math.log(Math.pow(2,t))/Math.log(r),i=2;n===1/0;i*=2)n=Math.log(Math.pow(2,t/i))/Math.log(r)*i;for(var o=n-Math.floor(n),s="",i=0;i<Math.floor(n);i++){var u=Math.floor(Math.random()*r).toString(r);s=u+s}if(o){var c=Math.pow(r,o),u=Math.floor(Math.random()*c).toString(r);s=u+s}var f=parseInt(s,r);return f!==1/0&&f>=Math.pow(2,t)?e(t,r):s};return e.rack=function(t,r,n){var i=function(s){var u=0;do{if(u++>10)if(n)t+=n;else throw new Error("too many ID collisions, use more bits");var c=e(t,r)}while(Object.hasOwnProperty.call(o,c));return o[c]=s,c},o=i.hats={};return i.get=function(s){return i.hats[s]},i.set=function(s,u){return i.hats[s]=u,i},i.bits=t||128,i.base=r||16,i},fi.exports}var wl=El(),_l=xl(wl);function ft(e){if(!(this instanceof ft))return new ft(e);e=e||[128,36,1],this._seed=e.length?_l.rack(e[0],e[1],e[2]):e}ft.prototype.next=function(e){return this._seed(e||!0)};ft.prototype.nextPrefixed=function(e,t){var r;do r=e+this.next(!0);while(this.assigned(r));return this.claim(r,t),r};ft.prototype.claim=function(e,t){this._seed.set(e,t||!0)};ft.prototype.assigned=function(e){return this._seed.get(e)||!1};ft.prototype.unclaim=function(e){delete this._seed.hats[e]};ft.prototype.clear=function(){var e=this._seed.hats,t;for(t in e)this.unclaim(t)};var Al=new ft,Sl=10,Jr=3,kl=1.5,en=10,Cl=4,or=.95,Rl=1,Pl=.25;function wt(e,t,r,n,i,o,s){Xe.call(this,t,s);var u=e&&e.defaultFillColor,c=e&&e.defaultStrokeColor,f=e&&e.defaultLabelColor;function m(p){return r.computeStyle(p,{strokeLinecap:"round",strokeLinejoin:"round",stroke:Yr,strokeWidth:2,fill:"white"})}function v(p){return r.computeStyle(p,["no-fill"],{strokeLinecap:"round",strokeLinejoin:"round",stroke:Yr,strokeWidth:2})}function M(p,l){var{ref:a={x:0,y:0},scale:d=1,element:h,parentGfx:y=i._svg}=l,j=J("marker",{id:p,viewBox:"0 0 20 20",refX:a.x,refY:a.y,markerWidth:20*d,markerHeight:20*d,orient:"auto"});le(j,h);var F=Ye(":scope > defs",y);F||(F=J("defs"),le(y,F)),le(F,j)}function L(p,l,a,d){var h=Al.nextPrefixed("marker-");return K(p,h,l,a,d),"url(#"+h+")"}function K(p,l,a,d,h){if(a==="sequenceflow-end"){var y=J("path",{d:"M 1 5 L 11 10 L 1 15 Z",...m({fill:h,stroke:h,strokeWidth:1})});M(l,{element:y,ref:{x:11,y:10},scale:.5,parentGfx:p})}if(a==="messageflow-start"){var j=J("circle",{cx:6,cy:6,r:3.5,...m({fill:d,stroke:h,strokeWidth:1,strokeDasharray:[1e4,1]})});M(l,{element:j,ref:{x:6,y:6},parentGfx:p})}if(a==="messageflow-end"){var F=J("path",{d:"m 1 5 l 0 -3 l 7 3 l -7 3 z",...m({fill:d,stroke:h,strokeWidth:1,strokeDasharray:[1e4,1]})});M(l,{element:F,ref:{x:8.5,y:5},parentGfx:p})}if(a==="association-start"){var G=J("path",{d:"M 11 5 L 1 10 L 11 15",...v({fill:"none",stroke:h,strokeWidth:1.5,strokeDasharray:[1e4,1]})});M(l,{element:G,ref:{x:1,y:10},scale:.5,parentGfx:p})}if(a==="association-end"){var pe=J("path",{d:"M 1 5 L 11 10 L 1 15",...v({fill:"none",stroke:h,strokeWidth:1.5,strokeDasharray:[1e4,1]})});M(l,{element:pe,ref:{x:11,y:10},scale:.5,parentGfx:p})}if(a==="conditional-flow-marker"){var ie=J("path",{d:"M 0 10 L 8 6 L 16 10 L 8 14 Z",...m({fill:d,stroke:h})});M(l,{element:ie,ref:{x:-1,y:10},scale:.5,parentGfx:p})}if(a==="conditional-default-flow-marker"){var me=J("path",{d:"M 6 4 L 10 16",...m({stroke:h,fill:"none"})});M(l,{element:me,ref:{x:0,y:10},scale:.5,parentGfx:p})}}function $(p,l,a,d,h={}){Me(d)&&(h=d,d=0),d=d||0,h=m(h);var y=l/2,j=a/2,F=J("circle",{cx:y,cy:j,r:Math.round((l+a)/4-d),...h});return le(p,F),F}function z(p,l,a,d,h,y){Me(h)&&(y=h,h=0),h=h||0,y=m(y);var j=J("rect",{x:h,y:h,width:l-h*2,height:a-h*2,rx:d,ry:d,...y});return le(p,j),j}function q(p,l,a,d){var h=l/2,y=a/2,j=[{x:h,y:0},{x:l,y},{x:h,y:a},{x:0,y}],F=j.map(function(pe){return pe.x+","+pe.y}).join(" ");d=m(d);var G=J("polygon",{...d,points:F});return le(p,G),G}function Z(p,l,a,d){a=v(a);var h=tr(l,a,d);return le(p,h),h}function k(p,l,a){return Z(p,l,a,5)}function w(p,l,a){a=v(a);var d=J("path",{...a,d:l});return le(p,d),d}function S(p,l,a,d){return w(l,a,C({"data-marker":p},d))}function D(p){return Pe[p]}function O(p){return function(l,a,d){return D(p)(l,a,d)}}var g={"bpmn:MessageEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_MESSAGE",{xScaleFactor:.9,yScaleFactor:.9,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.235,my:.315}}),y=d?R(l,c,a.stroke):V(l,u,a.fill),j=d?V(l,u,a.fill):R(l,c,a.stroke),F=w(p,h,{fill:y,stroke:j,strokeWidth:1});return F},"bpmn:TimerEventDefinition":function(p,l,a={}){var d=a.width||l.width,h=a.height||l.height,y=a.width?1:2,j=$(p,d,h,.2*h,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:y}),F=n.getScaledPath("EVENT_TIMER_WH",{xScaleFactor:.75,yScaleFactor:.75,containerWidth:d,containerHeight:h,position:{mx:.5,my:.5}});w(p,F,{stroke:R(l,c,a.stroke),strokeWidth:y});for(var G=0;G<12;G++){var pe=n.getScaledPath("EVENT_TIMER_LINE",{xScaleFactor:.75,yScaleFactor:.75,containerWidth:d,containerHeight:h,position:{mx:.5,my:.5}}),ie=d/2,me=h/2;w(p,pe,{strokeWidth:1,stroke:R(l,c,a.stroke),transform:"rotate("+G*30+","+me+","+ie+")"})}return j},"bpmn:EscalationEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_ESCALATION",{xScaleFactor:1,yScaleFactor:1,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.5,my:.2}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:ConditionalEventDefinition":function(p,l,a={}){var d=n.getScaledPath("EVENT_CONDITIONAL",{xScaleFactor:1,yScaleFactor:1,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.5,my:.222}});return w(p,d,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:LinkEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_LINK",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:.57,my:.263}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:ErrorEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_ERROR",{xScaleFactor:1.1,yScaleFactor:1.1,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.2,my:.722}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:CancelEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_CANCEL_45",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:.638,my:-.055}}),y=d?R(l,c,a.stroke):"none",j=w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1});return Vo(j,45),j},"bpmn:CompensateEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_COMPENSATION",{xScaleFactor:1,yScaleFactor:1,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.22,my:.5}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:SignalEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_SIGNAL",{xScaleFactor:.9,yScaleFactor:.9,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.5,my:.2}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{strokeWidth:1,fill:y,stroke:R(l,c,a.stroke)})},"bpmn:MultipleEventDefinition":function(p,l,a={},d){var h=n.getScaledPath("EVENT_MULTIPLE",{xScaleFactor:1.1,yScaleFactor:1.1,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.211,my:.36}}),y=d?R(l,c,a.stroke):V(l,u,a.fill);return w(p,h,{fill:y,stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:ParallelMultipleEventDefinition":function(p,l,a={}){var d=n.getScaledPath("EVENT_PARALLEL_MULTIPLE",{xScaleFactor:1.2,yScaleFactor:1.2,containerWidth:a.width||l.width,containerHeight:a.height||l.height,position:{mx:.458,my:.194}});return w(p,d,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1})},"bpmn:TerminateEventDefinition":function(p,l,a={}){var d=$(p,l.width,l.height,8,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:4});return d}};function P(p,l,a={},d){var h=oe(p),y=No(h),j=d||p;return h.get("eventDefinitions")&&h.get("eventDefinitions").length>1?h.get("parallelMultiple")?g["bpmn:ParallelMultipleEventDefinition"](l,j,a,y):g["bpmn:MultipleEventDefinition"](l,j,a,y):at(h,"bpmn:MessageEventDefinition")?g["bpmn:MessageEventDefinition"](l,j,a,y):at(h,"bpmn:TimerEventDefinition")?g["bpmn:TimerEventDefinition"](l,j,a,y):at(h,"bpmn:ConditionalEventDefinition")?g["bpmn:ConditionalEventDefinition"](l,j,a,y):at(h,"bpmn:SignalEventDefinition")?g["bpmn:SignalEventDefinition"](l,j,a,y):at(h,"bpmn:EscalationEventDefinition")?g["bpmn:EscalationEventDefinition"](l,j,a,y):at(h,"bpmn:LinkEventDefinition")?g["bpmn:LinkEventDefinition"](l,j,a,y):at(h,"bpmn:ErrorEventDefinition")?g["bpmn:ErrorEventDefinition"](l,j,a,y):at(h,"bpmn:CancelEventDefinition")?g["bpmn:CancelEventDefinition"](l,j,a,y):at(h,"bpmn:CompensateEventDefinition")?g["bpmn:CompensateEventDefinition"](l,j,a,y):at(h,"bpmn:TerminateEventDefinition")?g["bpmn:TerminateEventDefinition"](l,j,a,y):null}var A={ParticipantMultiplicityMarker:function(p,l,a={}){var d=Ke(l,a),h=je(l,a),y=n.getScaledPath("MARKER_PARALLEL",{xScaleFactor:1,yScaleFactor:1,containerWidth:d,containerHeight:h,position:{mx:(d/2-6)/d,my:(h-15)/h}});S("participant-multiplicity",p,y,{strokeWidth:2,fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})},SubProcessMarker:function(p,l,a={}){var d=z(p,14,14,0,{strokeWidth:1,fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)});Qr(d,l.width/2-7.5,l.height-20);var h=n.getScaledPath("MARKER_SUB_PROCESS",{xScaleFactor:1.5,yScaleFactor:1.5,containerWidth:l.width,containerHeight:l.height,position:{mx:(l.width/2-7.5)/l.width,my:(l.height-20)/l.height}});S("sub-process",p,h,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})},ParallelMarker:function(p,l,a){var d=Ke(l,a),h=je(l,a),y=n.getScaledPath("MARKER_PARALLEL",{xScaleFactor:1,yScaleFactor:1,containerWidth:d,containerHeight:h,position:{mx:(d/2+a.parallel)/d,my:(h-20)/h}});S("parallel",p,y,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})},SequentialMarker:function(p,l,a){var d=n.getScaledPath("MARKER_SEQUENTIAL",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:(l.width/2+a.seq)/l.width,my:(l.height-19)/l.height}});S("sequential",p,d,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})},CompensationMarker:function(p,l,a){var d=n.getScaledPath("MARKER_COMPENSATION",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:(l.width/2+a.compensation)/l.width,my:(l.height-13)/l.height}});S("compensation",p,d,{strokeWidth:1,fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})},LoopMarker:function(p,l,a){var d=Ke(l,a),h=je(l,a),y=n.getScaledPath("MARKER_LOOP",{xScaleFactor:1,yScaleFactor:1,containerWidth:d,containerHeight:h,position:{mx:(d/2+a.loop)/d,my:(h-7)/h}});S("loop",p,y,{strokeWidth:1.5,fill:"none",stroke:R(l,c,a.stroke),strokeMiterlimit:.5})},AdhocMarker:function(p,l,a){var d=Ke(l,a),h=je(l,a),y=n.getScaledPath("MARKER_ADHOC",{xScaleFactor:1,yScaleFactor:1,containerWidth:d,containerHeight:h,position:{mx:(d/2+a.adhoc)/d,my:(h-15)/h}});S("adhoc",p,y,{strokeWidth:1,fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke)})}};function b(p,l,a,d){A[p](l,a,d)}function B(p,l,a=[],d={}){d={fill:d.fill,stroke:d.stroke,width:Ke(l,d),height:je(l,d)};var h=oe(l),y=a.includes("SubProcessMarker");y?d={...d,seq:-21,parallel:-22,compensation:-25,loop:-18,adhoc:10}:d={...d,seq:-5,parallel:-6,compensation:-7,loop:0,adhoc:-8},h.get("isForCompensation")&&a.push("CompensationMarker"),N(h,"bpmn:AdHocSubProcess")&&(a.push("AdhocMarker"),y||C(d,{compensation:d.compensation-18}));var j=h.get("loopCharacteristics"),F=j&&j.get("isSequential");j&&(C(d,{compensation:d.compensation-18}),a.includes("AdhocMarker")&&C(d,{seq:-23,loop:-18,parallel:-24}),F===void 0&&a.push("LoopMarker"),F===!1&&a.push("ParallelMarker"),F===!0&&a.push("SequentialMarker")),a.includes("CompensationMarker")&&a.length===1&&C(d,{compensation:-8}),T(a,function(G){b(G,p,l,d)})}function Y(p,l,a={}){a=C({size:{width:100}},a);var d=o.createText(l||"",a);return Ue(d).add("djs-label"),le(p,d),d}function ee(p,l,a,d={}){var h=oe(l),y=nr({x:l.x,y:l.y,width:l.width,height:l.height},d);return Y(p,h.name,{align:a,box:y,padding:7,style:{fill:rr(l,f,c,d.stroke)}})}function He(p,l,a={}){var d={width:l.width,height:l.height,x:l.width/2+l.x,y:l.height/2+l.y};return Y(p,Jt(l),{box:d,style:C({},o.getExternalStyle(),{fill:rr(l,f,c,a.stroke)})})}function Gt(p,l,a,d={}){var h=Jn(a),y=Y(p,l,{box:{height:30,width:h?je(a,d):Ke(a,d)},align:"center-middle",style:{fill:rr(a,f,c,d.stroke)}});if(h){var j=-1*je(a,d);Zr(y,0,-j,270)}}function We(p,l,a={}){var{width:d,height:h}=nr(l,a);return z(p,d,h,en,{...a,fill:V(l,u,a.fill),fillOpacity:or,stroke:R(l,c,a.stroke)})}function Be(p,l,a={}){var d=oe(l),h=V(l,u,a.fill),y=R(l,c,a.stroke);return(d.get("associationDirection")==="One"||d.get("associationDirection")==="Both")&&(a.markerEnd=L(p,"association-end",h,y)),d.get("associationDirection")==="Both"&&(a.markerStart=L(p,"association-start",h,y)),a=U(a,["markerStart","markerEnd"]),k(p,l.waypoints,{...a,stroke:y,strokeDasharray:"0, 5"})}function W(p,l,a={}){var d=V(l,u,a.fill),h=R(l,c,a.stroke),y=n.getScaledPath("DATA_OBJECT_PATH",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:.474,my:.296}}),j=w(p,y,{fill:d,fillOpacity:or,stroke:h}),F=oe(l);if(Do(F)){var G=n.getScaledPath("DATA_OBJECT_COLLECTION_PATH",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:.33,my:(l.height-18)/l.height}});w(p,G,{strokeWidth:2,fill:d,stroke:h})}return j}function H(p,l,a={}){return $(p,l.width,l.height,{fillOpacity:or,...a,fill:V(l,u,a.fill),stroke:R(l,c,a.stroke)})}function re(p,l,a={}){return q(p,l.width,l.height,{fill:V(l,u,a.fill),fillOpacity:or,stroke:R(l,c,a.stroke)})}function E(p,l,a={}){var d=z(p,Ke(l,a),je(l,a),0,{fill:V(l,u,a.fill),fillOpacity:a.fillOpacity||or,stroke:R(l,c,a.stroke),strokeWidth:1.5}),h=oe(l);if(N(h,"bpmn:Lane")){var y=h.get("name");Gt(p,y,l,a)}return d}function x(p,l,a={}){var d=We(p,l,a),h=bt(l);if(bo(l)&&(Q(d,{strokeDasharray:"0, 5.5",strokeWidth:2.5}),!h)){var y=oe(l).flowElements||[],j=y.filter(F=>N(F,"bpmn:StartEvent"));j.length===1&&_(j[0],p,a,l)}return ee(p,l,h?"center-top":"center-middle",a),h?B(p,l,void 0,a):B(p,l,["SubProcessMarker"],a),d}function _(p,l,a,d){var h=22,y={fill:V(d,u,a.fill),stroke:R(d,c,a.stroke),width:h,height:h},j=oe(p).isInterrupting,F=j?0:3,G=j?1:1.2,pe=20,ie=(h-pe)/2,me="translate("+ie+","+ie+")";$(l,pe,pe,{fill:y.fill,stroke:y.stroke,strokeWidth:G,strokeDasharray:F,transform:me}),P(p,l,y,d)}function ne(p,l,a={}){var d=We(p,l,a);return ee(p,l,"center-middle",a),B(p,l,void 0,a),d}var Pe=this.handlers={"bpmn:AdHocSubProcess":function(p,l,a={}){return bt(l)?a=U(a,["fill","stroke","width","height"]):a=U(a,["fill","stroke"]),x(p,l,a)},"bpmn:Association":function(p,l,a={}){return a=U(a,["fill","stroke"]),Be(p,l,a)},"bpmn:BoundaryEvent":function(p,l,a={}){var{renderIcon:d=!0}=a;a=U(a,["fill","stroke"]);var h=oe(l),y=h.get("cancelActivity");a={strokeWidth:1.5,fill:V(l,u,a.fill),fillOpacity:Rl,stroke:R(l,c,a.stroke)},y||(a.strokeDasharray="6");var j=H(p,l,a);return $(p,l.width,l.height,Jr,{...a,fill:"none"}),d&&P(l,p,a),j},"bpmn:BusinessRuleTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a),h=n.getScaledPath("TASK_TYPE_BUSINESS_RULE_MAIN",{abspos:{x:8,y:8}}),y=w(p,h);Q(y,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1});var j=n.getScaledPath("TASK_TYPE_BUSINESS_RULE_HEADER",{abspos:{x:8,y:8}}),F=w(p,j);return Q(F,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:CallActivity":function(p,l,a={}){return a=U(a,["fill","stroke"]),x(p,l,{strokeWidth:5,...a})},"bpmn:ComplexGateway":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=re(p,l,a),h=n.getScaledPath("GATEWAY_COMPLEX",{xScaleFactor:.5,yScaleFactor:.5,containerWidth:l.width,containerHeight:l.height,position:{mx:.46,my:.26}});return w(p,h,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:DataInput":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=n.getRawPath("DATA_ARROW"),h=W(p,l,a);return w(p,d,{fill:"none",stroke:R(l,c,a.stroke),strokeWidth:1}),h},"bpmn:DataInputAssociation":function(p,l,a={}){return a=U(a,["fill","stroke"]),Be(p,l,{...a,markerEnd:L(p,"association-end",V(l,u,a.fill),R(l,c,a.stroke))})},"bpmn:DataObject":function(p,l,a={}){return a=U(a,["fill","stroke"]),W(p,l,a)},"bpmn:DataObjectReference":O("bpmn:DataObject"),"bpmn:DataOutput":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=n.getRawPath("DATA_ARROW"),h=W(p,l,a);return w(p,d,{strokeWidth:1,fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke)}),h},"bpmn:DataOutputAssociation":function(p,l,a={}){return a=U(a,["fill","stroke"]),Be(p,l,{...a,markerEnd:L(p,"association-end",V(l,u,a.fill),R(l,c,a.stroke))})},"bpmn:DataStoreReference":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=n.getScaledPath("DATA_STORE",{xScaleFactor:1,yScaleFactor:1,containerWidth:l.width,containerHeight:l.height,position:{mx:0,my:.133}});return w(p,d,{fill:V(l,u,a.fill),fillOpacity:or,stroke:R(l,c,a.stroke),strokeWidth:2})},"bpmn:EndEvent":function(p,l,a={}){var{renderIcon:d=!0}=a;a=U(a,["fill","stroke"]);var h=H(p,l,{...a,strokeWidth:4});return d&&P(l,p,a),h},"bpmn:EventBasedGateway":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=oe(l),h=re(p,l,a);$(p,l.width,l.height,l.height*.2,{fill:V(l,"none",a.fill),stroke:R(l,c,a.stroke),strokeWidth:1});var y=d.get("eventGatewayType"),j=!!d.get("instantiate");function F(){var pe=n.getScaledPath("GATEWAY_EVENT_BASED",{xScaleFactor:.18,yScaleFactor:.18,containerWidth:l.width,containerHeight:l.height,position:{mx:.36,my:.44}});w(p,pe,{fill:"none",stroke:R(l,c,a.stroke),strokeWidth:2})}if(y==="Parallel"){var G=n.getScaledPath("GATEWAY_PARALLEL",{xScaleFactor:.4,yScaleFactor:.4,containerWidth:l.width,containerHeight:l.height,position:{mx:.474,my:.296}});w(p,G,{fill:"none",stroke:R(l,c,a.stroke),strokeWidth:1})}else y==="Exclusive"&&(j||$(p,l.width,l.height,l.height*.26,{fill:"none",stroke:R(l,c,a.stroke),strokeWidth:1}),F());return h},"bpmn:ExclusiveGateway":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=re(p,l,a),h=n.getScaledPath("GATEWAY_EXCLUSIVE",{xScaleFactor:.4,yScaleFactor:.4,containerWidth:l.width,containerHeight:l.height,position:{mx:.32,my:.3}}),y=Ze(l);return y.get("isMarkerVisible")&&w(p,h,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:Gateway":function(p,l,a={}){return a=U(a,["fill","stroke"]),re(p,l,a)},"bpmn:Group":function(p,l,a={}){return a=U(a,["fill","stroke","width","height"]),z(p,l.width,l.height,en,{stroke:R(l,c,a.stroke),strokeWidth:1.5,strokeDasharray:"10, 6, 0, 6",fill:"none",pointerEvents:"none",width:Ke(l,a),height:je(l,a)})},"bpmn:InclusiveGateway":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=re(p,l,a);return $(p,l.width,l.height,l.height*.24,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:2.5}),d},"bpmn:IntermediateEvent":function(p,l,a={}){var{renderIcon:d=!0}=a;a=U(a,["fill","stroke"]);var h=H(p,l,{...a,strokeWidth:1.5});return $(p,l.width,l.height,Jr,{fill:"none",stroke:R(l,c,a.stroke),strokeWidth:1.5}),d&&P(l,p,a),h},"bpmn:IntermediateCatchEvent":O("bpmn:IntermediateEvent"),"bpmn:IntermediateThrowEvent":O("bpmn:IntermediateEvent"),"bpmn:Lane":function(p,l,a={}){return a=U(a,["fill","stroke","width","height"]),E(p,l,{...a,fillOpacity:Pl})},"bpmn:ManualTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a),h=n.getScaledPath("TASK_TYPE_MANUAL",{abspos:{x:17,y:15}});return w(p,h,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:.5}),d},"bpmn:MessageFlow":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=oe(l),h=Ze(l),y=V(l,u,a.fill),j=R(l,c,a.stroke),F=k(p,l.waypoints,{markerEnd:L(p,"messageflow-end",y,j),markerStart:L(p,"messageflow-start",y,j),stroke:j,strokeDasharray:"10, 11",strokeWidth:1.5});if(d.get("messageRef")){var G=F.getPointAtLength(F.getTotalLength()/2),pe=n.getScaledPath("MESSAGE_FLOW_MARKER",{abspos:{x:G.x,y:G.y}}),ie={strokeWidth:1};h.get("messageVisibleKind")==="initiating"?(ie.fill=y,ie.stroke=j):(ie.fill=j,ie.stroke=y);var me=w(p,pe,ie),Te=d.get("messageRef"),Le=Te.get("name"),se=Y(p,Le,{align:"center-top",fitBox:!0,style:{fill:j}}),ye=me.getBBox(),Ie=se.getBBox(),lt=G.x-Ie.width/2,rt=G.y+ye.height/2+Sl;Zr(se,lt,rt,0)}return F},"bpmn:ParallelGateway":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=re(p,l,a),h=n.getScaledPath("GATEWAY_PARALLEL",{xScaleFactor:.6,yScaleFactor:.6,containerWidth:l.width,containerHeight:l.height,position:{mx:.46,my:.2}});return w(p,h,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:Participant":function(p,l,a={}){a=U(a,["fill","stroke","width","height"]);var d=E(p,l,a),h=bt(l),y=Jn(l),j=oe(l),F=j.get("name");if(h){var G=y?[{x:30,y:0},{x:30,y:je(l,a)}]:[{x:0,y:30},{x:Ke(l,a),y:30}];Z(p,G,{stroke:R(l,c,a.stroke),strokeWidth:kl}),Gt(p,F,l,a)}else{var pe=nr(l,a);y||(pe.height=Ke(l,a),pe.width=je(l,a));var ie=Y(p,F,{box:pe,align:"center-middle",style:{fill:rr(l,f,c,a.stroke)}});if(!y){var me=-1*je(l,a);Zr(ie,0,-me,270)}}return j.get("participantMultiplicity")&&b("ParticipantMultiplicityMarker",p,l,a),d},"bpmn:ReceiveTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=oe(l),h=ne(p,l,a),y;return d.get("instantiate")?($(p,28,28,20*.22,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1}),y=n.getScaledPath("TASK_TYPE_INSTANTIATING_SEND",{abspos:{x:7.77,y:9.52}})):y=n.getScaledPath("TASK_TYPE_SEND",{xScaleFactor:.9,yScaleFactor:.9,containerWidth:21,containerHeight:14,position:{mx:.3,my:.4}}),w(p,y,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1}),h},"bpmn:ScriptTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a),h=n.getScaledPath("TASK_TYPE_SCRIPT",{abspos:{x:15,y:20}});return w(p,h,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:SendTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a),h=n.getScaledPath("TASK_TYPE_SEND",{xScaleFactor:1,yScaleFactor:1,containerWidth:21,containerHeight:14,position:{mx:.285,my:.357}});return w(p,h,{fill:R(l,c,a.stroke),stroke:V(l,u,a.fill),strokeWidth:1}),d},"bpmn:SequenceFlow":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=V(l,u,a.fill),h=R(l,c,a.stroke),y=k(p,l.waypoints,{markerEnd:L(p,"sequenceflow-end",d,h),stroke:h}),j=oe(l),{source:F}=l;if(F){var G=oe(F);j.get("conditionExpression")&&N(G,"bpmn:Activity")&&Q(y,{markerStart:L(p,"conditional-flow-marker",d,h)}),G.get("default")&&(N(G,"bpmn:Gateway")||N(G,"bpmn:Activity"))&&G.get("default")===j&&Q(y,{markerStart:L(p,"conditional-default-flow-marker",d,h)})}return y},"bpmn:ServiceTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a);$(p,10,10,{fill:V(l,u,a.fill),stroke:"none",transform:"translate(6, 6)"});var h=n.getScaledPath("TASK_TYPE_SERVICE",{abspos:{x:12,y:18}});w(p,h,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1}),$(p,10,10,{fill:V(l,u,a.fill),stroke:"none",transform:"translate(11, 10)"});var y=n.getScaledPath("TASK_TYPE_SERVICE",{abspos:{x:17,y:22}});return w(p,y,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:1}),d},"bpmn:StartEvent":function(p,l,a={}){var{renderIcon:d=!0}=a;a=U(a,["fill","stroke"]);var h=oe(l);h.get("isInterrupting")||(a={...a,strokeDasharray:"6"});var y=H(p,l,a);return d&&P(l,p,a),y},"bpmn:SubProcess":function(p,l,a={}){return bt(l)?a=U(a,["fill","stroke","width","height"]):a=U(a,["fill","stroke"]),x(p,l,a)},"bpmn:Task":function(p,l,a={}){return a=U(a,["fill","stroke"]),ne(p,l,a)},"bpmn:TextAnnotation":function(p,l,a={}){a=U(a,["fill","stroke"]);var{width:d,height:h}=nr(l,a),y=z(p,d,h,0,0,{fill:"none",stroke:"none"}),j=n.getScaledPath("TEXT_ANNOTATION",{xScaleFactor:1,yScaleFactor:1,containerWidth:d,containerHeight:h,position:{mx:0,my:0}});w(p,j,{stroke:R(l,c,a.stroke)});var F=oe(l),G=F.get("text")||"";return Y(p,G,{align:"left-top",box:nr(l,a),padding:Ur,style:{fill:rr(l,f,c,a.stroke)}}),y},"bpmn:Transaction":function(p,l,a={}){bt(l)?a=U(a,["fill","stroke","width","height"]):a=U(a,["fill","stroke"]);var d=x(p,l,{strokeWidth:1.5,...a}),h=r.style(["no-fill","no-events"],{stroke:R(l,c,a.stroke),strokeWidth:1.5}),y=bt(l);return y||(a={}),z(p,Ke(l,a),je(l,a),en-Jr,Jr,h),d},"bpmn:UserTask":function(p,l,a={}){a=U(a,["fill","stroke"]);var d=ne(p,l,a),h=15,y=12,j=n.getScaledPath("TASK_TYPE_USER_1",{abspos:{x:h,y}});w(p,j,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:.5});var F=n.getScaledPath("TASK_TYPE_USER_2",{abspos:{x:h,y}});w(p,F,{fill:V(l,u,a.fill),stroke:R(l,c,a.stroke),strokeWidth:.5});var G=n.getScaledPath("TASK_TYPE_USER_3",{abspos:{x:h,y}});return w(p,G,{fill:R(l,c,a.stroke),stroke:R(l,c,a.stroke),strokeWidth:.5}),d},label:function(p,l,a={}){return He(p,l,a)}};this._drawPath=w,this._renderer=D}ge(wt,Xe);wt.$inject=["config.bpmnRenderer","eventBus","styles","pathMap","canvas","textRenderer"];wt.prototype.canRender=function(e){return N(e,"bpmn:BaseElement")};wt.prototype.drawShape=function(e,t,r={}){var{type:n}=t,i=this._renderer(n);return i(e,t,r)};wt.prototype.drawConnection=function(e,t,r={}){var{type:n}=t,i=this._renderer(n);return i(e,t,r)};wt.prototype.getShapePath=function(e){return ei(e)?ci(e,Cl):N(e,"bpmn:Event")?Oo(e):N(e,"bpmn:Activity")?ci(e,en):N(e,"bpmn:Gateway")?Bo(e):Lo(e)};function U(e,t=[]){return t.reduce((r,n)=>(e[n]&&(r[n]=e[n]),r),{})}var Tl=0,Ml={width:150,height:50};function jl(e){var t=e.split("-");return{horizontal:t[0]||"center",vertical:t[1]||"top"}}function Nl(e){return Me(e)?C({top:0,left:0,right:0,bottom:0},e):{top:e,left:e,right:e,bottom:e}}var di=null;function Dl(){return di||(di=document.createElement("canvas").getContext("2d")),di}function Ol(e){var t=[];return e.fontStyle&&t.push(e.fontStyle),e.fontVariant&&t.push(e.fontVariant),e.fontWeight&&t.push(e.fontWeight),e.fontStretch&&t.push(e.fontStretch),t.push(Uo(e.fontSize)||"12px"),t.push(e.fontFamily||"sans-serif"),t.join(" ")}function Uo(e){if(e!=null)return typeof e=="number"||/^-?\d+(\.\d+)?$/.test(e)?e+"px":e}function Bl(e,t){var r=Dl();if(!r)return{width:0,height:0};r.font=Ol(t),"letterSpacing"in r&&(r.letterSpacing=Uo(t.letterSpacing)||"0px");var n=e==="",i=n?"dummy":e.replace(/\s+$/,""),o=r.measureText(i);return{width:n?0:o.width,height:"fontBoundingBoxAscent"in o?o.fontBoundingBoxAscent+o.fontBoundingBoxDescent:o.actualBoundingBoxAscent+o.actualBoundingBoxDescent}}function Ll(e,t,r){for(var n=e.shift(),i=n,o;;){if(o=Bl(i,r),o.width=i?o.width:0,i===" "||i===""||o.width<=t||i.length<2)return Il(e,i,n,o);i=Fl(i,o.width,t)}}function Il(e,t,r,n){if(t.length<r.length){var i=r.slice(t.length).trim();e.unshift(i)}return{width:n.width,height:n.height,text:t}}var Wo="\xAD";function $l(e,t){var r=e.split(/(\s|-|\u00AD)/g),n,i=[],o=0;if(r.length>1)for(;n=r.shift();)if(n.length+o<t)i.push(n),o+=n.length;else{(n==="-"||n===Wo)&&i.pop();break}var s=i[i.length-1];return s&&s===Wo&&(i[i.length-1]="-"),i.join("")}function Fl(e,t,r){var n=Math.max(e.length*(r/t),1),i=$l(e,n);return i||(i=e.slice(0,Math.max(Math.round(n-1),1))),i}function ar(e){this._config=C({},{size:Ml,padding:Tl,style:{},align:"center-top"},e||{})}ar.prototype.createText=function(e,t){return this.layoutText(e,t).element};ar.prototype.getDimensions=function(e,t){return this.layoutText(e,t).dimensions};ar.prototype.layoutText=function(e,t){for(var r=C({},this._config.size,t.box),n=C({},this._config.style,t.style),i=jl(t.align||this._config.align),o=Nl(t.padding!==void 0?t.padding:this._config.padding),s=t.fitBox||!1,u=zl(n),c=e.split(/\u00AD?\r?\n/),f=[],m=r.width-o.left-o.right;c.length;)f.push(Ll(c,m,n));i.vertical==="middle"&&(o.top=o.bottom=0);var v=pt(f,function(z,q,Z){return z+(u||q.height)},0)+o.top+o.bottom,M=pt(f,function(z,q,Z){return q.width>z?q.width:z},0),L=o.top;i.vertical==="middle"&&(L+=(r.height-v)/2),L-=(u||f[0].height)/4;var K=J("text");Q(K,n),T(f,function(z){var q;switch(L+=u||z.height,i.horizontal){case"left":q=o.left;break;case"right":q=(s?M:m)-o.right-z.width;break;default:q=Math.max(((s?M:m)-z.width)/2+o.left,0)}var Z=J("tspan");Q(Z,{x:q,y:L}),Z.textContent=z.text,le(K,Z)});var $={width:M,height:v};return{dimensions:$,element:K}};function zl(e){if("fontSize"in e&&"lineHeight"in e)return e.lineHeight*parseInt(e.fontSize,10)}var Vl=12,Hl=1.2,Wl=40;function tn(e){var t=C({fontFamily:"Arial, sans-serif",fontSize:Vl,fontWeight:"normal",lineHeight:Hl},e&&e.defaultStyle||{}),r=parseInt(t.fontSize,10)-1,n=C({},t,{fontSize:r},e&&e.externalStyle||{}),i=new ar({style:t});this.getExternalLabelBounds=function(s,u){var c={width:Math.max(s.width,wr.width),height:30},f=o(u,c,{style:n});return{x:Math.round(s.x+s.width/2-f.width/2),y:s.y,width:Math.ceil(f.width),height:Math.ceil(f.height)}},this.getTextAnnotationBounds=function(s,u){var c=o(u,s,{style:t,align:"left-top",padding:Ur});return{x:s.x,y:s.y,width:s.width,height:Math.max(Wl,Math.round(c.height))}},this.getDimensions=function(s,u){return i.getDimensions(s,u||{})};function o(s,u,c){return i.getDimensions(s,C({box:u},c))}this.createText=function(s,u){return i.createText(s,u||{})},this.getDefaultStyle=function(){return t},this.getExternalStyle=function(){return n}}tn.$inject=["config.textRenderer"];function hi(){this.pathMap={EVENT_MESSAGE:{d:"m {mx},{my} l 0,{e.y1} l {e.x1},0 l 0,-{e.y1} z l {e.x0},{e.y0} l {e.x0},-{e.y0}",height:36,width:36,heightElements:[6,14],widthElements:[10.5,21]},EVENT_SIGNAL:{d:"M {mx},{my} l {e.x0},{e.y0} l -{e.x1},0 Z",height:36,width:36,heightElements:[18],widthElements:[10,20]},EVENT_ESCALATION:{d:"M {mx},{my} l {e.x0},{e.y0} l -{e.x0},-{e.y1} l -{e.x0},{e.y1} Z",height:36,width:36,heightElements:[20,7],widthElements:[8]},EVENT_CONDITIONAL:{d:"M {e.x0},{e.y0} l {e.x1},0 l 0,{e.y2} l -{e.x1},0 Z M {e.x2},{e.y3} l {e.x0},0 M {e.x2},{e.y4} l {e.x0},0 M {e.x2},{e.y5} l {e.x0},0 M {e.x2},{e.y6} l {e.x0},0 M {e.x2},{e.y7} l {e.x0},0 M {e.x2},{e.y8} l {e.x0},0 ",height:36,width:36,heightElements:[8.5,14.5,18,11.5,14.5,17.5,20.5,23.5,26.5],widthElements:[10.5,14.5,12.5]},EVENT_LINK:{d:"m {mx},{my} 0,{e.y0} -{e.x1},0 0,{e.y1} {e.x1},0 0,{e.y0} {e.x0},-{e.y2} -{e.x0},-{e.y2} z",height:36,width:36,heightElements:[4.4375,6.75,7.8125],widthElements:[9.84375,13.5]},EVENT_ERROR:{d:"m {mx},{my} {e.x0},-{e.y0} {e.x1},-{e.y1} {e.x2},{e.y2} {e.x3},-{e.y3} -{e.x4},{e.y4} -{e.x5},-{e.y5} z",height:36,width:36,heightElements:[.023,8.737,8.151,16.564,10.591,8.714],widthElements:[.085,6.672,6.97,4.273,5.337,6.636]},EVENT_CANCEL_45:{d:"m {mx},{my} -{e.x1},0 0,{e.x0} {e.x1},0 0,{e.y1} {e.x0},0 0,-{e.y1} {e.x1},0 0,-{e.y0} -{e.x1},0 0,-{e.y1} -{e.x0},0 z",height:36,width:36,heightElements:[4.75,8.5],widthElements:[4.75,8.5]},EVENT_COMPENSATION:{d:"m {mx},{my} {e.x0},-{e.y0} 0,{e.y1} z m {e.x1},-{e.y2} {e.x2},-{e.y3} 0,{e.y1} -{e.x2},-{e.y3} z",height:36,width:36,heightElements:[6.5,13,.4,6.1],widthElements:[9,9.3,8.7]},EVENT_TIMER_WH:{d:"M {mx},{my} l {e.x0},-{e.y0} m -{e.x0},{e.y0} l {e.x1},{e.y1} ",height:36,width:36,heightElements:[10,2],widthElements:[3,7]},EVENT_TIMER_LINE:{d:"M {mx},{my} m {e.x0},{e.y0} l -{e.x1},{e.y1} ",height:36,width:36,heightElements:[10,3],widthElements:[0,0]},EVENT_MULTIPLE:{d:"m {mx},{my} {e.x1},-{e.y0} {e.x1},{e.y0} -{e.x0},{e.y1} -{e.x2},0 z",height:36,width:36,heightElements:[6.28099,12.56199],widthElements:[3.1405,9.42149,12.56198]},EVENT_PARALLEL_MULTIPLE:{d:"m {mx},{my} {e.x0},0 0,{e.y1} {e.x1},0 0,{e.y0} -{e.x1},0 0,{e.y1} -{e.x0},0 0,-{e.y1} -{e.x1},0 0,-{e.y0} {e.x1},0 z",height:36,width:36,heightElements:[2.56228,7.68683],widthElements:[2.56228,7.68683]},GATEWAY_EXCLUSIVE:{d:"m {mx},{my} {e.x0},{e.y0} {e.x1},{e.y0} {e.x2},0 {e.x4},{e.y2} {e.x4},{e.y1} {e.x2},0 {e.x1},{e.y3} {e.x0},{e.y3} {e.x3},0 {e.x5},{e.y1} {e.x5},{e.y2} {e.x3},0 z",height:17.5,width:17.5,heightElements:[8.5,6.5312,-6.5312,-8.5],widthElements:[6.5,-6.5,3,-3,5,-5]},GATEWAY_PARALLEL:{d:"m {mx},{my} 0,{e.y1} -{e.x1},0 0,{e.y0} {e.x1},0 0,{e.y1} {e.x0},0 0,-{e.y1} {e.x1},0 0,-{e.y0} -{e.x1},0 0,-{e.y1} -{e.x0},0 z",height:30,width:30,heightElements:[5,12.5],widthElements:[5,12.5]},GATEWAY_EVENT_BASED:{d:"m {mx},{my} {e.x0},{e.y0} {e.x0},{e.y1} {e.x1},{e.y2} {e.x2},0 z",height:11,width:11,heightElements:[-6,6,12,-12],widthElements:[9,-3,-12]},GATEWAY_COMPLEX:{d:"m {mx},{my} 0,{e.y0} -{e.x0},-{e.y1} -{e.x1},{e.y2} {e.x0},{e.y1} -{e.x2},0 0,{e.y3} {e.x2},0  -{e.x0},{e.y1} l {e.x1},{e.y2} {e.x0},-{e.y1} 0,{e.y0} {e.x3},0 0,-{e.y0} {e.x0},{e.y1} {e.x1},-{e.y2} -{e.x0},-{e.y1} {e.x2},0 0,-{e.y3} -{e.x2},0 {e.x0},-{e.y1} -{e.x1},-{e.y2} -{e.x0},{e.y1} 0,-{e.y0} -{e.x3},0 z",height:17.125,width:17.125,heightElements:[4.875,3.4375,2.125,3],widthElements:[3.4375,2.125,4.875,3]},DATA_OBJECT_PATH:{d:"m 0,0 {e.x1},0 {e.x0},{e.y0} 0,{e.y1} -{e.x2},0 0,-{e.y2} {e.x1},0 0,{e.y0} {e.x0},0",height:61,width:51,heightElements:[10,50,60],widthElements:[10,40,50,60]},DATA_OBJECT_COLLECTION_PATH:{d:"m{mx},{my} m 3,2 l 0,10 m 3,-10 l 0,10 m 3,-10 l 0,10",height:10,width:10,heightElements:[],widthElements:[]},DATA_ARROW:{d:"m 5,9 9,0 0,-3 5,5 -5,5 0,-3 -9,0 z",height:61,width:51,heightElements:[],widthElements:[]},DATA_STORE:{d:"m  {mx},{my} l  0,{e.y2} c  {e.x0},{e.y1} {e.x1},{e.y1}  {e.x2},0 l  0,-{e.y2} c -{e.x0},-{e.y1} -{e.x1},-{e.y1} -{e.x2},0c  {e.x0},{e.y1} {e.x1},{e.y1}  {e.x2},0 m  -{e.x2},{e.y0}c  {e.x0},{e.y1} {e.x1},{e.y1} {e.x2},0m  -{e.x2},{e.y0}c  {e.x0},{e.y1} {e.x1},{e.y1}  {e.x2},0",height:61,width:61,heightElements:[7,10,45],widthElements:[2,58,60]},TEXT_ANNOTATION:{d:"m {mx}, {my} m 10,0 l -10,0 l 0,{e.y0} l 10,0",height:30,width:10,heightElements:[30],widthElements:[10]},MARKER_SUB_PROCESS:{d:"m{mx},{my} m 7,2 l 0,10 m -5,-5 l 10,0",height:10,width:10,heightElements:[],widthElements:[]},MARKER_PARALLEL:{d:"m{mx},{my} m 3,2 l 0,10 m 3,-10 l 0,10 m 3,-10 l 0,10",height:10,width:10,heightElements:[],widthElements:[]},MARKER_SEQUENTIAL:{d:"m{mx},{my} m 0,3 l 10,0 m -10,3 l 10,0 m -10,3 l 10,0",height:10,width:10,heightElements:[],widthElements:[]},MARKER_COMPENSATION:{d:"m {mx},{my} 7,-5 0,10 z m 7.1,-0.3 6.9,-4.7 0,10 -6.9,-4.7 z",height:10,width:21,heightElements:[],widthElements:[]},MARKER_LOOP:{d:"m {mx},{my} c 3.526979,0 6.386161,-2.829858 6.386161,-6.320661 0,-3.490806 -2.859182,-6.320661 -6.386161,-6.320661 -3.526978,0 -6.38616,2.829855 -6.38616,6.320661 0,1.745402 0.714797,3.325567 1.870463,4.469381 0.577834,0.571908 1.265885,1.034728 2.029916,1.35457 l -0.718163,-3.909793 m 0.718163,3.909793 -3.885211,0.802902",height:13.9,width:13.7,heightElements:[],widthElements:[]},MARKER_ADHOC:{d:"m {mx},{my} m 0.84461,2.64411 c 1.05533,-1.23780996 2.64337,-2.07882 4.29653,-1.97997996 2.05163,0.0805 3.85579,1.15803 5.76082,1.79107 1.06385,0.34139996 2.24454,0.1438 3.18759,-0.43767 0.61743,-0.33642 1.2775,-0.64078 1.7542,-1.17511 0,0.56023 0,1.12046 0,1.6807 -0.98706,0.96237996 -2.29792,1.62393996 -3.6918,1.66181996 -1.24459,0.0927 -2.46671,-0.2491 -3.59505,-0.74812 -1.35789,-0.55965 -2.75133,-1.33436996 -4.27027,-1.18121996 -1.37741,0.14601 -2.41842,1.13685996 -3.44288,1.96782996 z",height:4,width:15,heightElements:[],widthElements:[]},TASK_TYPE_SEND:{d:"m {mx},{my} l 0,{e.y1} l {e.x1},0 l 0,-{e.y1} z l {e.x0},{e.y0} l {e.x0},-{e.y0}",height:14,width:21,heightElements:[6,14],widthElements:[10.5,21]},TASK_TYPE_SCRIPT:{d:"m {mx},{my} c 9.966553,-6.27276 -8.000926,-7.91932 2.968968,-14.938 l -8.802728,0 c -10.969894,7.01868 6.997585,8.66524 -2.968967,14.938 z m -7,-12 l 5,0 m -4.5,3 l 4.5,0 m -3,3 l 5,0m -4,3 l 5,0",height:15,width:12.6,heightElements:[6,14],widthElements:[10.5,21]},TASK_TYPE_USER_1:{d:"m {mx},{my} c 0.909,-0.845 1.594,-2.049 1.594,-3.385 0,-2.554 -1.805,-4.62199999 -4.357,-4.62199999 -2.55199998,0 -4.28799998,2.06799999 -4.28799998,4.62199999 0,1.348 0.974,2.562 1.89599998,3.405 -0.52899998,0.187 -5.669,2.097 -5.794,4.7560005 v 6.718 h 17 v -6.718 c 0,-2.2980005 -5.5279996,-4.5950005 -6.0509996,-4.7760005 zm -8,6 l 0,5.5 m 11,0 l 0,-5"},TASK_TYPE_USER_2:{d:"m {mx},{my} m 2.162,1.009 c 0,2.4470005 -2.158,4.4310005 -4.821,4.4310005 -2.66499998,0 -4.822,-1.981 -4.822,-4.4310005 "},TASK_TYPE_USER_3:{d:"m {mx},{my} m -6.9,-3.80 c 0,0 2.25099998,-2.358 4.27399998,-1.177 2.024,1.181 4.221,1.537 4.124,0.965 -0.098,-0.57 -0.117,-3.79099999 -4.191,-4.13599999 -3.57499998,0.001 -4.20799998,3.36699999 -4.20699998,4.34799999 z"},TASK_TYPE_MANUAL:{d:"m {mx},{my} c 0.234,-0.01 5.604,0.008 8.029,0.004 0.808,0 1.271,-0.172 1.417,-0.752 0.227,-0.898 -0.334,-1.314 -1.338,-1.316 -2.467,-0.01 -7.886,-0.004 -8.108,-0.004 -0.014,-0.079 0.016,-0.533 0,-0.61 0.195,-0.042 8.507,0.006 9.616,0.002 0.877,-0.007 1.35,-0.438 1.353,-1.208 0.003,-0.768 -0.479,-1.09 -1.35,-1.091 -2.968,-0.002 -9.619,-0.013 -9.619,-0.013 v -0.591 c 0,0 5.052,-0.016 7.225,-0.016 0.888,-0.002 1.354,-0.416 1.351,-1.193 -0.006,-0.761 -0.492,-1.196 -1.361,-1.196 -3.473,-0.005 -10.86,-0.003 -11.0829995,-0.003 -0.022,-0.047 -0.045,-0.094 -0.069,-0.139 0.3939995,-0.319 2.0409995,-1.626 2.4149995,-2.017 0.469,-0.4870005 0.519,-1.1650005 0.162,-1.6040005 -0.414,-0.511 -0.973,-0.5 -1.48,-0.236 -1.4609995,0.764 -6.5999995,3.6430005 -7.7329995,4.2710005 -0.9,0.499 -1.516,1.253 -1.882,2.19 -0.37000002,0.95 -0.17,2.01 -0.166,2.979 0.004,0.718 -0.27300002,1.345 -0.055,2.063 0.629,2.087 2.425,3.312 4.859,3.318 4.6179995,0.014 9.2379995,-0.139 13.8569995,-0.158 0.755,-0.004 1.171,-0.301 1.182,-1.033 0.012,-0.754 -0.423,-0.969 -1.183,-0.973 -1.778,-0.01 -5.824,-0.004 -6.04,-0.004 10e-4,-0.084 0.003,-0.586 10e-4,-0.67 z"},TASK_TYPE_INSTANTIATING_SEND:{d:"m {mx},{my} l 0,8.4 l 12.6,0 l 0,-8.4 z l 6.3,3.6 l 6.3,-3.6"},TASK_TYPE_SERVICE:{d:"m {mx},{my} v -1.71335 c 0.352326,-0.0705 0.703932,-0.17838 1.047628,-0.32133 0.344416,-0.14465 0.665822,-0.32133 0.966377,-0.52145 l 1.19431,1.18005 1.567487,-1.57688 -1.195028,-1.18014 c 0.403376,-0.61394 0.683079,-1.29908 0.825447,-2.01824 l 1.622133,-0.01 v -2.2196 l -1.636514,0.01 c -0.07333,-0.35153 -0.178319,-0.70024 -0.323564,-1.04372 -0.145244,-0.34406 -0.321407,-0.6644 -0.522735,-0.96217 l 1.131035,-1.13631 -1.583305,-1.56293 -1.129598,1.13589 c -0.614052,-0.40108 -1.302883,-0.68093 -2.022633,-0.82247 l 0.0093,-1.61852 h -2.241173 l 0.0042,1.63124 c -0.353763,0.0736 -0.705369,0.17977 -1.049785,0.32371 -0.344415,0.14437 -0.665102,0.32092 -0.9635006,0.52046 l -1.1698628,-1.15823 -1.5667691,1.5792 1.1684265,1.15669 c -0.4026573,0.61283 -0.68308,1.29797 -0.8247287,2.01713 l -1.6588041,0.003 v 2.22174 l 1.6724648,-0.006 c 0.073327,0.35077 0.1797598,0.70243 0.3242851,1.04472 0.1452428,0.34448 0.3214064,0.6644 0.5227339,0.96066 l -1.1993431,1.19723 1.5840256,1.56011 1.1964668,-1.19348 c 0.6140517,0.40346 1.3028827,0.68232 2.0233517,0.82331 l 7.19e-4,1.69892 h 2.226848 z m 0.221462,-3.9957 c -1.788948,0.7502 -3.8576,-0.0928 -4.6097055,-1.87438 -0.7521065,-1.78321 0.090598,-3.84627 1.8802645,-4.59604 1.78823,-0.74936 3.856881,0.0929 4.608987,1.87437 0.752106,1.78165 -0.0906,3.84612 -1.879546,4.59605 z"},TASK_TYPE_SERVICE_FILL:{d:"m {mx},{my} c -1.788948,0.7502 -3.8576,-0.0928 -4.6097055,-1.87438 -0.7521065,-1.78321 0.090598,-3.84627 1.8802645,-4.59604 1.78823,-0.74936 3.856881,0.0929 4.608987,1.87437 0.752106,1.78165 -0.0906,3.84612 -1.879546,4.59605 z"},TASK_TYPE_BUSINESS_RULE_HEADER:{d:"m {mx},{my} 0,4 20,0 0,-4 z"},TASK_TYPE_BUSINESS_RULE_MAIN:{d:"m {mx},{my} 0,12 20,0 0,-12 zm 0,8 l 20,0 m -13,-4 l 0,8"},MESSAGE_FLOW_MARKER:{d:"m {mx},{my} m -10.5 ,-7 l 0,14 l 21,0 l 0,-14 z l 10.5,6 l 10.5,-6"}},this.getRawPath=function(t){return this.pathMap[t].d},this.getScaledPath=function(t,r){var n=this.pathMap[t],i,o;r.abspos?(i=r.abspos.x,o=r.abspos.y):(i=r.containerWidth*r.position.mx,o=r.containerHeight*r.position.my);var s={};if(r.position){for(var u=r.containerHeight/n.height*r.yScaleFactor,c=r.containerWidth/n.width*r.xScaleFactor,f=0;f<n.heightElements.length;f++)s["y"+f]=n.heightElements[f]*u;for(var m=0;m<n.widthElements.length;m++)s["x"+m]=n.widthElements[m]*c}var v=ql(n.d,{mx:i,my:o,e:s});return v}}var Ul=/\{([^{}]+)\}/g,Kl=/(?:(?:^|\.)(.+?)(?=\[|\.|$|\()|\[('|")(.+?)\2\])(\(\))?/g;function Yl(e,t,r){var n=r;return t.replace(Kl,function(i,o,s,u,c){o=o||u,n&&(o in n&&(n=n[o]),typeof n=="function"&&c&&(n=n()))}),n=(n==null||n==r?e:n)+"",n}function ql(e,t){return String(e).replace(Ul,function(r,n){return Yl(r,n,t)})}var Ko={__init__:["bpmnRenderer"],bpmnRenderer:["type",wt],textRenderer:["type",tn],pathMap:["type",hi]};function mi(e,t){return t=t||{},e.replace(/{([^}]+)}/g,function(r,n){return t[n]||"{"+n+"}"})}var rn={translate:["value",mi]};var Sr=Math,bd=Sr.PI,xd=Sr.min,Ed=Sr.max,wd=Sr.pow,_d=Sr.abs;var Ar="-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?",Wt="[\\s]*,?[\\s]*",Ad=new RegExp("(?=("+Ar+"))\\1"+Wt+"(?=("+Ar+"))\\2"+Wt+"(?=("+Ar+"))\\3"+Wt+"([01])"+Wt+"([01])"+Wt+"(?=("+Ar+"))\\6"+Wt+"(?=("+Ar+"))\\7"+Wt,"g");function Gl(e){return{x:Math.round(e.x),y:Math.round(e.y)}}function Tt(e){return{top:e.y,right:e.x+(e.width||0),bottom:e.y+(e.height||0),left:e.x}}function Yo(e){return{x:e.left,y:e.top,width:e.right-e.left,height:e.bottom-e.top}}function Xl(e){return Gl({x:e.x+(e.width||0)/2,y:e.y+(e.height||0)/2})}function Zl(e){for(var t=e.waypoints,r=t.reduce(function(f,m,v){var M=t[v-1];if(M){var L=f[f.length-1],K=L&&L.endLength||0,$=Ql(M,m);f.push({start:M,end:m,startLength:K,endLength:K+$,length:$})}return f},[]),n=r.reduce(function(f,m){return f+m.length},0),i=n/2,o=0,s=r[o];s.endLength<i;)s=r[++o];var u=(i-s.startLength)/s.length,c={x:s.start.x+(s.end.x-s.start.x)*u,y:s.start.y+(s.end.y-s.start.y)*u};return c}function nn(e){return xo(e)?Zl(e):Xl(e)}function Ql(e,t){return Math.sqrt(Math.pow(e.x-t.x,2)+Math.pow(e.y-t.y,2))}function be(e){return e?"<"+e.$type+(e.id?' id="'+e.id:"")+'" />':"<null>"}function on(e,t,r){return C({id:e.id,type:e.$type,businessObject:e,di:t},r)}function Jl(e,t,r){var n=e.waypoint;return!n||n.length<2?[nn(t),nn(r)]:n.map(function(i){return{x:i.x,y:i.y}})}function qo(e,t,r){return new Error(`element ${be(t)} referenced by ${be(e)}#${r} not yet drawn`)}function st(e,t,r,n,i){this._eventBus=e,this._canvas=t,this._elementFactory=r,this._elementRegistry=n,this._textRenderer=i}st.$inject=["eventBus","canvas","elementFactory","elementRegistry","textRenderer"];st.prototype.add=function(e,t,r){var n,i,o;if(N(t,"bpmndi:BPMNPlane")){var s=N(e,"bpmn:SubProcess")?{id:e.id+"_plane"}:{};n=this._elementFactory.createRoot(on(e,t,s)),this._canvas.addRootElement(n)}else if(N(t,"bpmndi:BPMNShape")){var u=!bt(e,t),c=tu(e);i=r&&(r.hidden||r.collapsed);var f=t.bounds;n=this._elementFactory.createShape(on(e,t,{collapsed:u,hidden:i,x:Math.round(f.x),y:Math.round(f.y),width:Math.round(f.width),height:Math.round(f.height),isFrame:c})),N(e,"bpmn:BoundaryEvent")&&this._attachBoundary(e,n),N(e,"bpmn:Lane")&&(o=0),N(e,"bpmn:DataStoreReference")&&(eu(r,nn(f))||(r=this._canvas.findRoot(r))),this._canvas.addShape(n,r,o)}else if(N(t,"bpmndi:BPMNEdge")){var m=this._getSource(e),v=this._getTarget(e);i=r&&(r.hidden||r.collapsed),n=this._elementFactory.createConnection(on(e,t,{hidden:i,source:m,target:v,waypoints:Jl(t,m,v)})),N(e,"bpmn:DataAssociation")&&(r=this._canvas.findRoot(r)),this._canvas.addConnection(n,r,o)}else throw new Error(`unknown di ${be(t)} for element ${be(e)}`);return wo(e)&&Jt(n)&&this.addLabel(e,t,n),this._eventBus.fire("bpmnElement.added",{element:n}),n};st.prototype._attachBoundary=function(e,t){var r=e.attachedToRef;if(!r)throw new Error(`missing ${be(e)}#attachedToRef`);var n=this._elementRegistry.get(r.id),i=n&&n.attachers;if(!n)throw qo(e,r,"attachedToRef");t.host=n,i||(n.attachers=i=[]),i.indexOf(t)===-1&&i.push(t)};st.prototype.addLabel=function(e,t,r){var n,i,o;if(n=_o(t,r),i=Jt(r),i&&t.label&&t.label.bounds&&n.width>0){var s=this._textRenderer.getDimensions(i,{box:n,style:this._textRenderer.getExternalStyle()});n=C({},n,{height:Math.ceil(s.height)})}else i&&(n=this._textRenderer.getExternalLabelBounds(n,i));return o=this._elementFactory.createLabel(on(e,t,{id:e.id+"_label",labelTarget:r,type:"label",hidden:r.hidden||!Jt(r),x:Math.round(n.x),y:Math.round(n.y),width:Math.round(n.width),height:Math.round(n.height)})),this._canvas.addShape(o,r.parent)};st.prototype._getConnectedElement=function(e,t){var r,n,i=e.$type;if(n=e[t+"Ref"],t==="source"&&i==="bpmn:DataInputAssociation"&&(n=n&&n[0]),(t==="source"&&i==="bpmn:DataOutputAssociation"||t==="target"&&i==="bpmn:DataInputAssociation")&&(n=e.$parent),r=n&&this._getElement(n),r)return r;throw n?qo(e,n,t+"Ref"):new Error(`${be(e)}#${t} Ref not specified`)};st.prototype._getSource=function(e){return this._getConnectedElement(e,"source")};st.prototype._getTarget=function(e){return this._getConnectedElement(e,"target")};st.prototype._getElement=function(e){return this._elementRegistry.get(e.id)};function eu(e,t){var r=t.x,n=t.y;return r>=e.x&&r<=e.x+e.width&&n>=e.y&&n<=e.y+e.height}function tu(e){return N(e,"bpmn:Group")}var Go={__depends__:[rn],bpmnImporter:["type",st]};var Xo={__depends__:[Ko,Go]};function an(e){this._counter=0,this._prefix=(e?e+"-":"")+Math.floor(Math.random()*1e9)+"-"}an.prototype.next=function(){return this._prefix+ ++this._counter};var ru=new an("ov"),nu=500;function de(e,t,r,n){this._eventBus=t,this._canvas=r,this._elementRegistry=n,this._ids=ru,this._overlayDefaults=C({show:null,scale:!0},e&&e.defaults),this._overlays={},this._overlayContainers=[],this._overlayRoot=iu(r.getContainer()),this._init()}de.$inject=["config.overlays","eventBus","canvas","elementRegistry"];de.prototype.get=function(e){if(Fe(e)&&(e={id:e}),Fe(e.element)&&(e.element=this._elementRegistry.get(e.element)),e.element){var t=this._getOverlayContainer(e.element,!0);return t?e.type?ct(t.overlays,Zn({type:e.type})):t.overlays.slice():[]}else return e.type?ct(this._overlays,Zn({type:e.type})):e.id?this._overlays[e.id]:null};de.prototype.add=function(e,t,r){if(Me(t)&&(r=t,t=null),e.id||(e=this._elementRegistry.get(e)),!r.position)throw new Error("must specifiy overlay position");if(!r.html)throw new Error("must specifiy overlay html");if(!e)throw new Error("invalid element specified");var n=this._ids.next();return r=C({},this._overlayDefaults,r,{id:n,type:t,element:e,html:r.html}),this._addOverlay(r),n};de.prototype.remove=function(e){var t=this.get(e)||[];ce(t)||(t=[t]);var r=this;T(t,function(n){var i=r._getOverlayContainer(n.element,!0);if(n&&(ir(n.html),ir(n.htmlContainer),delete n.htmlContainer,delete n.element,delete r._overlays[n.id]),i){var o=i.overlays.indexOf(n);o!==-1&&i.overlays.splice(o,1)}})};de.prototype.isShown=function(){return this._overlayRoot.style.display!=="none"};de.prototype.show=function(){sn(this._overlayRoot)};de.prototype.hide=function(){sn(this._overlayRoot,!1)};de.prototype.clear=function(){this._overlays={},this._overlayContainers=[],Xr(this._overlayRoot)};de.prototype._updateOverlayContainer=function(e){var t=e.element,r=e.html,n=t.x,i=t.y;if(t.waypoints){var o=xt(t);n=o.x,i=o.y}Zo(r,n,i),Gr(e.html,"data-container-id",t.id)};de.prototype._updateOverlay=function(e){var t=e.position,r=e.htmlContainer,n=e.element,i=t.left,o=t.top;if(t.right!==void 0){var s;n.waypoints?s=xt(n).width:s=n.width,i=t.right*-1+s}if(t.bottom!==void 0){var u;n.waypoints?u=xt(n).height:u=n.height,o=t.bottom*-1+u}Zo(r,i||0,o||0),this._updateOverlayVisibilty(e,this._canvas.viewbox())};de.prototype._createOverlayContainer=function(e){var t=Ee('<div class="djs-overlays" />');Se(t,{position:"absolute"}),this._overlayRoot.appendChild(t);var r={html:t,element:e,overlays:[]};return this._updateOverlayContainer(r),this._overlayContainers.push(r),r};de.prototype._updateRoot=function(e){var t=e.scale||1,r="matrix("+[t,0,0,t,-1*e.x*t,-1*e.y*t].join(",")+")";Qo(this._overlayRoot,r)};de.prototype._getOverlayContainer=function(e,t){var r=ve(this._overlayContainers,function(n){return n.element===e});return!r&&!t?this._createOverlayContainer(e):r};de.prototype._addOverlay=function(e){var t=e.id,r=e.element,n=e.html,i,o;n.get&&n.constructor.prototype.jquery&&(n=n.get(0)),Fe(n)&&(n=Ee(n)),o=this._getOverlayContainer(r),i=Ee('<div class="djs-overlay" data-overlay-id="'+t+'">'),Se(i,{position:"absolute"}),i.appendChild(n),e.type&&Qe(i).add("djs-overlay-"+e.type);var s=this._canvas.findRoot(r),u=this._canvas.getRootElement();sn(i,s===u),e.htmlContainer=i,o.overlays.push(e),o.html.appendChild(i),this._overlays[t]=e,this._updateOverlay(e),this._updateOverlayVisibilty(e,this._canvas.viewbox())};de.prototype._updateOverlayVisibilty=function(e,t){var r=e.show,n=this._canvas.findRoot(e.element),i=r&&r.minZoom,o=r&&r.maxZoom,s=e.htmlContainer,u=this._canvas.getRootElement(),c=!0;(n!==u||r&&(zt(i)&&i>t.scale||zt(o)&&o<t.scale))&&(c=!1),sn(s,c),this._updateOverlayScale(e,t)};de.prototype._updateOverlayScale=function(e,t){var r=e.scale,n,i,o=e.htmlContainer,s,u="";r!==!0&&(r===!1?(n=1,i=1):(n=r.min,i=r.max),zt(n)&&t.scale<n&&(s=(1/t.scale||1)*n),zt(i)&&t.scale>i&&(s=(1/t.scale||1)*i)),zt(s)&&(u="scale("+s+","+s+")"),Qo(o,u)};de.prototype._updateOverlaysVisibilty=function(e){var t=this;T(this._overlays,function(r){t._updateOverlayVisibilty(r,e)})};de.prototype._init=function(){var e=this._eventBus,t=this;function r(n){t._updateRoot(n),t._updateOverlaysVisibilty(n),t.show()}e.on("canvas.viewbox.changing",function(n){t.hide()}),e.on("canvas.viewbox.changed",function(n){r(n.viewbox)}),e.on(["shape.remove","connection.remove"],function(n){var i=n.element,o=t.get({element:i});T(o,function(c){t.remove(c.id)});var s=t._getOverlayContainer(i);if(s){ir(s.html);var u=t._overlayContainers.indexOf(s);u!==-1&&t._overlayContainers.splice(u,1)}}),e.on("element.changed",nu,function(n){var i=n.element,o=t._getOverlayContainer(i,!0);o&&(T(o.overlays,function(s){t._updateOverlay(s)}),t._updateOverlayContainer(o))}),e.on("element.marker.update",function(n){var i=t._getOverlayContainer(n.element,!0);i&&Qe(i.html)[n.add?"add":"remove"](n.marker)}),e.on("root.set",function(){t._updateOverlaysVisibilty(t._canvas.viewbox())}),e.on("diagram.clear",this.clear,this)};function iu(e){var t=Ee('<div class="djs-overlay-container" />');return Se(t,{position:"absolute",width:0,height:0}),e.insertBefore(t,e.firstChild),t}function Zo(e,t,r){Se(e,{left:t+"px",top:r+"px"})}function sn(e,t){e.style.display=t===!1?"none":""}function Qo(e,t){e.style["transform-origin"]="top left",["","-ms-","-webkit-"].forEach(function(r){e.style[r+"transform"]=t})}var ln={__init__:["overlays"],overlays:["type",de]};function un(e,t,r,n){e.on("element.changed",function(i){var o=i.element;(o.parent||o===t.getRootElement())&&(i.gfx=r.getGraphics(o)),i.gfx&&e.fire(Hr(o)+".changed",i)}),e.on("elements.changed",function(i){var o=i.elements;o.forEach(function(s){e.fire("element.changed",{element:s})}),n.updateContainments(o)}),e.on("shape.changed",function(i){n.update("shape",i.element,i.gfx)}),e.on("connection.changed",function(i){n.update("connection",i.element,i.gfx)})}un.$inject=["eventBus","canvas","elementRegistry","graphicsFactory"];var Jo={__init__:["changeSupport"],changeSupport:["type",un]};var ou=1e3;function we(e){this._eventBus=e}we.$inject=["eventBus"];function au(e,t){return function(r){return e.call(t||null,r.context,r.command,r)}}we.prototype.on=function(e,t,r,n,i,o){if((it(t)||$e(t))&&(o=i,i=n,n=r,r=t,t=null),it(r)&&(o=i,i=n,n=r,r=ou),Me(i)&&(o=i,i=!1),!it(n))throw new Error("handlerFn must be a function");ce(e)||(e=[e]);var s=this._eventBus;T(e,function(u){var c=["commandStack",u,t].filter(function(f){return f}).join(".");s.on(c,r,i?au(n,o):n,o)})};we.prototype.canExecute=_t("canExecute");we.prototype.preExecute=_t("preExecute");we.prototype.preExecuted=_t("preExecuted");we.prototype.execute=_t("execute");we.prototype.executed=_t("executed");we.prototype.postExecute=_t("postExecute");we.prototype.postExecuted=_t("postExecuted");we.prototype.revert=_t("revert");we.prototype.reverted=_t("reverted");function _t(e){return function(r,n,i,o,s){(it(r)||$e(r))&&(s=o,o=i,i=n,n=r,r=null),this.on(r,e,n,i,o,s)}}function kr(e,t){t.invoke(we,this),this.executed(function(r){var n=r.context;n.rootElement?e.setRootElement(n.rootElement):n.rootElement=e.getRootElement()}),this.revert(function(r){var n=r.context;n.rootElement&&e.setRootElement(n.rootElement)})}ge(kr,we);kr.$inject=["canvas","injector"];var ea={__init__:["rootElementsBehavior"],rootElementsBehavior:["type",kr]};var su={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function yi(e){return e=""+e,e&&e.replace(/[&<>"']/g,function(t){return su[t]})}var lu="_plane";function Cr(e){var t=e.id;return N(e,"bpmn:SubProcess")?uu(t):t}function uu(e){return e+lu}var cu="bjs-breadcrumbs-shown";function cn(e,t,r){var n=Ee('<ul class="bjs-breadcrumbs"></ul>'),i=r.getContainer(),o=Qe(i);i.appendChild(n);var s=[];e.on("element.changed",function(c){var f=c.element,m=oe(f),v=ve(s,function(M){return M===m});v&&u()});function u(c){c&&(s=pu(c));var f=s.flatMap(function(v){var M=r.findRoot(Cr(v))||r.findRoot(v.id);if(!M&&N(v,"bpmn:Process")){var L=t.find(function(K){var $=oe(K);return $&&$.get("processRef")===v});M=L&&r.findRoot(L.id)}return M?[{parent:v,parentPlane:M}]:[]});n.innerHTML="";var m=f.length>1;o.toggle(cu,m),f.forEach(function(v,M){var L=v.parent,K=v.parentPlane,$=yi(L.name||L.id),z=M===f.length-1,q;if(z)q=Ee('<li><span class="bjs-crumb" title="'+$+'">'+$+"</span></li>");else{var Z="#"+yi(L.id);q=Ee('<li><a class="bjs-crumb" href="'+Z+'" title="'+$+'">'+$+"</a></li>"),q.addEventListener("click",function(k){k.preventDefault(),r.setRootElement(K)})}n.appendChild(q)})}e.on("root.set",function(c){u(c.element)})}cn.$inject=["eventBus","elementRegistry","canvas"];function pu(e){for(var t=oe(e),r=[],n=t;n;n=n.$parent)(N(n,"bpmn:SubProcess")||N(n,"bpmn:Process"))&&r.push(n);return r.reverse()}function pn(e,t){var r=null,n=new fu;e.on("root.set",function(i){var o=i.element,s=t.viewbox(),u=n.get(o);if(n.set(r,{x:s.x,y:s.y,zoom:s.scale}),r=o,!(!N(o,"bpmn:SubProcess")&&!u)){u=u||{x:0,y:0,zoom:1};var c=(s.x-u.x)*s.scale,f=(s.y-u.y)*s.scale;(c!==0||f!==0)&&t.scroll({dx:c,dy:f}),u.zoom!==s.scale&&t.zoom(u.zoom,{x:0,y:0})}}),e.on("diagram.clear",function(){n.clear(),r=null})}pn.$inject=["eventBus","canvas"];function fu(){this._entries=[],this.set=function(e,t){var r=!1;for(var n in this._entries)if(this._entries[n][0]===e){this._entries[n][1]=t,r=!0;break}r||this._entries.push([e,t])},this.get=function(e){for(var t in this._entries)if(this._entries[t][0]===e)return this._entries[t][1];return null},this.clear=function(){this._entries.length=0},this.remove=function(e){var t=-1;for(var r in this._entries)if(this._entries[r][0]===e){t=r;break}t!==-1&&this._entries.splice(t,1)}}var ta={x:180,y:160};function At(e,t){this._eventBus=e,this._moddle=t;var r=this;e.on("import.render.start",1500,function(n,i){r._handleImport(i.definitions)})}At.prototype._handleImport=function(e){if(e.diagrams){var t=this;this._definitions=e,this._processToDiagramMap={},e.diagrams.forEach(function(n){!n.plane||!n.plane.bpmnElement||(t._processToDiagramMap[n.plane.bpmnElement.id]=n)});var r=e.diagrams.filter(n=>n.plane).flatMap(n=>t._createNewDiagrams(n.plane));r.forEach(function(n){t._movePlaneElementsToOrigin(n.plane)})}};At.prototype._createNewDiagrams=function(e){var t=this,r=[],n=[];e.get("planeElement").forEach(function(o){var s=o.bpmnElement;if(s){var u=s.$parent;N(s,"bpmn:SubProcess")&&!o.isExpanded&&r.push(s),hu(s,e)&&n.push({diElement:o,parent:u})}});var i=[];return r.forEach(function(o){if(!t._processToDiagramMap[o.id]){var s=t._createDiagram(o);t._processToDiagramMap[o.id]=s,i.push(s)}}),n.forEach(function(o){for(var s=o.diElement,u=o.parent;u&&r.indexOf(u)===-1;)u=u.$parent;if(u){var c=t._processToDiagramMap[u.id];t._moveToDiPlane(s,c.plane)}}),i};At.prototype._movePlaneElementsToOrigin=function(e){var t=e.get("planeElement"),r=du(e),n={x:r.x-ta.x,y:r.y-ta.y};t.forEach(function(i){i.waypoint?i.waypoint.forEach(function(o){o.x=o.x-n.x,o.y=o.y-n.y}):i.bounds&&(i.bounds.x=i.bounds.x-n.x,i.bounds.y=i.bounds.y-n.y)})};At.prototype._moveToDiPlane=function(e,t){var r=ra(e),n=r.plane.get("planeElement");n.splice(n.indexOf(e),1),t.get("planeElement").push(e)};At.prototype._createDiagram=function(e){var t=this._moddle.create("bpmndi:BPMNPlane",{bpmnElement:e}),r=this._moddle.create("bpmndi:BPMNDiagram",{plane:t});return t.$parent=r,t.bpmnElement=e,r.$parent=this._definitions,this._definitions.diagrams.push(r),r};At.$inject=["eventBus","moddle"];function ra(e){return N(e,"bpmndi:BPMNDiagram")?e:ra(e.$parent)}function du(e){var t={top:1/0,right:-1/0,bottom:-1/0,left:1/0};return e.planeElement.forEach(function(r){if(r.bounds){var n=Tt(r.bounds);t.top=Math.min(n.top,t.top),t.left=Math.min(n.left,t.left)}}),Yo(t)}function hu(e,t){var r=e.$parent;return!(!N(r,"bpmn:SubProcess")||r===t.bpmnElement||vo(e,["bpmn:DataInputAssociation","bpmn:DataOutputAssociation"]))}var fn=250,mu='<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M4.81801948,3.50735931 L10.4996894,9.1896894 L10.5,4 L12,4 L12,12 L4,12 L4,10.5 L9.6896894,10.4996894 L3.75735931,4.56801948 C3.46446609,4.27512627 3.46446609,3.80025253 3.75735931,3.50735931 C4.05025253,3.21446609 4.52512627,3.21446609 4.81801948,3.50735931 Z"/></svg>',yu="bjs-drilldown-empty";function dt(e,t,r,n,i){we.call(this,t),this._canvas=e,this._eventBus=t,this._elementRegistry=r,this._overlays=n,this._translate=i;var o=this;this.executed("shape.toggleCollapse",fn,function(s){var u=s.shape;o._canDrillDown(u)?o._addOverlay(u):o._removeOverlay(u)},!0),this.reverted("shape.toggleCollapse",fn,function(s){var u=s.shape;o._canDrillDown(u)?o._addOverlay(u):o._removeOverlay(u)},!0),this.executed(["shape.create","shape.move","shape.delete"],fn,function(s){var u=s.oldParent,c=s.newParent||s.parent,f=s.shape;o._canDrillDown(f)&&o._addOverlay(f),o._updateDrilldownOverlay(u),o._updateDrilldownOverlay(c),o._updateDrilldownOverlay(f)},!0),this.reverted(["shape.create","shape.move","shape.delete"],fn,function(s){var u=s.oldParent,c=s.newParent||s.parent,f=s.shape;o._canDrillDown(f)&&o._addOverlay(f),o._updateDrilldownOverlay(u),o._updateDrilldownOverlay(c),o._updateDrilldownOverlay(f)},!0),t.on("import.render.complete",function(){r.filter(function(s){return o._canDrillDown(s)}).map(function(s){o._addOverlay(s)})})}ge(dt,we);dt.prototype._updateDrilldownOverlay=function(e){var t=this._canvas;if(e){var r=t.findRoot(e);r&&this._updateOverlayVisibility(r)}};dt.prototype._canDrillDown=function(e){var t=this._canvas;return N(e,"bpmn:SubProcess")&&t.findRoot(Cr(e))};dt.prototype._updateOverlayVisibility=function(e){var t=this._overlays,r=oe(e),n=t.get({element:r.id,type:"drilldown"})[0];if(n){var i=r&&r.get("flowElements")&&r.get("flowElements").length;Qe(n.html).toggle(yu,!i)}};dt.prototype._addOverlay=function(e){var t=this._canvas,r=this._overlays,n=oe(e),i=r.get({element:e,type:"drilldown"});i.length&&this._removeOverlay(e);var o=Ee('<button type="button" class="bjs-drilldown">'+mu+"</button>"),s=n.get("name")||n.get("id"),u=this._translate("Open {element}",{element:s});o.setAttribute("title",u),o.addEventListener("click",function(){t.setRootElement(t.findRoot(Cr(e)))}),r.add(e,"drilldown",{position:{bottom:-7,right:-8},html:o}),this._updateOverlayVisibility(e)};dt.prototype._removeOverlay=function(e){var t=this._overlays;t.remove({element:e,type:"drilldown"})};dt.$inject=["canvas","eventBus","elementRegistry","overlays","translate"];var na={__depends__:[ln,Jo,ea],__init__:["drilldownBreadcrumbs","drilldownOverlayBehavior","drilldownCentering","subprocessCompatibility"],drilldownBreadcrumbs:["type",cn],drilldownCentering:["type",pn],drilldownOverlayBehavior:["type",dt],subprocessCompatibility:["type",At]};function gi(e){return e.originalEvent||e.srcEvent}function vi(e){return e.pointers&&e.pointers.length&&(e=e.pointers[0]),e.touches&&e.touches.length&&(e=e.touches[0]),e?{x:e.clientX,y:e.clientY}:null}function ia(){return/mac/i.test(navigator.platform)}function oa(e,t){return(gi(e)||e).button===t}function sr(e){return oa(e,0)}function aa(e){return oa(e,1)}function sa(e){var t=gi(e)||e;return sr(e)&&t.shiftKey}function gu(e){return!0}function dn(e){return sr(e)||aa(e)}var la=500;function hn(e,t,r){var n=this;function i(g,P,A){if(!u(g,P)){var b,B,Y;A?B=t.getGraphics(A):(b=P.delegateTarget||P.target,b&&(B=b,A=t.get(B))),!(!B||!A)&&(Y=e.fire(g,{element:A,gfx:B,originalEvent:P}),Y===!1&&(P.stopPropagation(),P.preventDefault()))}}var o={};function s(g){return o[g]}function u(g,P){var A=f[g]||sr;return!A(P)}var c={click:"element.click",contextmenu:"element.contextmenu",dblclick:"element.dblclick",mousedown:"element.mousedown",mousemove:"element.mousemove",mouseover:"element.hover",mouseout:"element.out",mouseup:"element.mouseup"},f={"element.contextmenu":gu,"element.mousedown":dn,"element.mouseup":dn,"element.click":dn,"element.dblclick":dn};function m(g,P,A){var b=c[g];if(!b)throw new Error("unmapped DOM event name <"+g+">");return i(b,P,A)}var v="svg, .djs-element";function M(g,P,A,b){var B=o[A]=function(Y){i(A,Y)};b&&(f[A]=b),B.$delegate=_r.bind(g,v,P,B)}function L(g,P,A){var b=s(A);b&&_r.unbind(g,P,b.$delegate)}function K(g){T(c,function(P,A){M(g,A,P)})}function $(g){T(c,function(P,A){L(g,A,P)})}e.on("canvas.destroy",function(g){$(g.svg)}),e.on("canvas.init",function(g){K(g.svg)}),e.on(["shape.added","connection.added"],function(g){var P=g.element,A=g.gfx;e.fire("interactionEvents.createHit",{element:P,gfx:A})}),e.on(["shape.changed","connection.changed"],la,function(g){var P=g.element,A=g.gfx;e.fire("interactionEvents.updateHit",{element:P,gfx:A})}),e.on("interactionEvents.createHit",la,function(g){var P=g.element,A=g.gfx;n.createDefaultHit(P,A)}),e.on("interactionEvents.updateHit",function(g){var P=g.element,A=g.gfx;n.updateDefaultHit(P,A)});var z=S("djs-hit djs-hit-stroke"),q=S("djs-hit djs-hit-click-stroke"),Z=S("djs-hit djs-hit-all"),k=S("djs-hit djs-hit-no-move"),w={all:Z,"click-stroke":q,stroke:z,"no-move":k};function S(g,P){return P=C({stroke:"white",strokeWidth:15},P||{}),r.cls(g,["no-fill","no-border"],P)}function D(g,P){var A=w[P];if(!A)throw new Error("invalid hit type <"+P+">");return Q(g,A),g}function O(g,P){le(g,P)}this.removeHits=function(g){var P=zo(".djs-hit",g);T(P,Vt)},this.createDefaultHit=function(g,P){var A=g.waypoints,b=g.isFrame,B;return A?this.createWaypointsHit(P,A):(B=b?"stroke":"all",this.createBoxHit(P,B,{width:g.width,height:g.height}))},this.createWaypointsHit=function(g,P){var A=tr(P);return D(A,"stroke"),O(g,A),A},this.createBoxHit=function(g,P,A){A=C({x:0,y:0},A);var b=J("rect");return D(b,P),Q(b,A),O(g,b),b},this.updateDefaultHit=function(g,P){var A=Ye(".djs-hit",P);if(A)return g.waypoints?ui(A,g.waypoints):Q(A,{width:g.width,height:g.height}),A},this.fire=i,this.triggerMouseEvent=m,this.mouseHandler=s,this.registerEvent=M,this.unregisterEvent=L}hn.$inject=["eventBus","elementRegistry","styles"];var ua={__init__:["interactionEvents"],interactionEvents:["type",hn]};function Mt(e,t){this._eventBus=e,this._canvas=t,this._selectedElements=new Set;var r=this;e.on(["shape.remove","connection.remove"],function(n){var i=n.element;r.deselect(i)}),e.on(["diagram.clear","root.set"],function(n){r.select(null)})}Mt.$inject=["eventBus","canvas"];Mt.prototype.deselect=function(e){if(this._selectedElements.has(e)){var t=this.get();this._selectedElements.delete(e),this._eventBus.fire("selection.changed",{oldSelection:t,newSelection:this.get()})}};Mt.prototype.get=function(){return Array.from(this._selectedElements)};Mt.prototype.isSelected=function(e){return this._selectedElements.has(e)};Mt.prototype.select=function(e,t){var r=this.get();ce(e)||(e=e?[e]:[]);var n=this._canvas,i=n.getRootElement();e=e.filter(function(o){var s=n.findRoot(o);return i===s}),t?T(e,o=>{this._selectedElements.add(o)}):this._selectedElements=new Set(e),this._eventBus.fire("selection.changed",{oldSelection:r,newSelection:this.get()})};var ca="hover",pa="selected";function mn(e,t){this._canvas=e;function r(i,o){e.addMarker(i,o)}function n(i,o){e.removeMarker(i,o)}t.on("element.hover",function(i){r(i.element,ca)}),t.on("element.out",function(i){n(i.element,ca)}),t.on("selection.changed",function(i){function o(f){n(f,pa)}function s(f){r(f,pa)}var u=new Set(i.oldSelection),c=new Set(i.newSelection);for(let f of u)c.has(f)||o(f);for(let f of c)u.has(f)||s(f)})}mn.$inject=["canvas","eventBus"];function yn(e,t,r,n){e.on("create.end",500,function(i){var o=i.context,s=o.canExecute,u=o.elements,c=o.hints||{},f=c.autoSelect;if(s){if(f===!1)return;ce(f)?t.select(f):t.select(u.filter(vu))}}),e.on("connect.end",500,function(i){var o=i.context,s=o.connection;s&&t.select(s)}),e.on("shape.move.end",500,function(i){var o=i.previousSelection||[],s=n.get(i.context.shape.id),u=ve(o,function(c){return s.id===c.id});u||t.select(s)}),e.on("element.click",function(i){if(sr(i)){var o=i.element;o===r.getRootElement()&&(o=null);var s=t.isSelected(o),u=t.get().length>1,c=sa(i);if(s&&u)return c?t.deselect(o):t.select(o);s?t.deselect(o):t.select(o,c)}})}yn.$inject=["eventBus","selection","canvas","elementRegistry"];function vu(e){return!e.hidden}var gn={__init__:["selectionVisuals","selectionBehavior"],__depends__:[ua],selection:["type",Mt],selectionVisuals:["type",mn],selectionBehavior:["type",yn]};var bu=/^class[ {]/;function xu(e){return bu.test(e.toString())}function xi(e){return Array.isArray(e)}function bi(e,t){return Object.prototype.hasOwnProperty.call(e,t)}function vn(...e){e.length===1&&xi(e[0])&&(e=e[0]),e=[...e];let t=e.pop();return t.$inject=e,t}var Eu=/constructor\s*[^(]*\(\s*([^)]*)\)/m,wu=/^(?:async\s+)?(?:function\s*[^(]*)?(?:\(\s*([^)]*)\)|(\w+))/m,_u=/\/\*([^*]*)\*\//m;function Au(e){if(typeof e!="function")throw new Error(`Cannot annotate "${e}". Expected a function!`);let t=e.toString().match(xu(e)?Eu:wu);if(!t)return[];let r=t[1]||t[2];return r&&r.split(",").map(n=>{let i=n.match(_u);return(i&&i[1]||n).trim()})||[]}function Ei(e,t){let r=t||{get:function(k,w){if(w===!1)return null;throw n.push(k),u(`No provider for "${k}"!`)}},n=[],i=this._providers=Object.create(r._providers||null),o=this._instances=Object.create(null),s=o.injector=this,u=function(k){let w=n.join(" -> ");return n.length=0,new Error(w?`${k} (Resolving: ${w})`:k)};function c(k,w){if(!i[k]&&k.includes(".")){let S=k.split("."),D=c(S.shift());for(;S.length;)D=D[S.shift()];return D}if(bi(o,k))return o[k];if(bi(i,k)){if(n.indexOf(k)!==-1)throw n.push(k),u("Cannot resolve circular dependency!");return n.push(k),o[k]=i[k][0](i[k][1]),n.pop(),o[k]}return r.get(k,w)}function f(k,w){if(typeof w>"u"&&(w={}),typeof k!="function")if(xi(k))k=vn(k.slice());else throw u(`Cannot invoke "${k}". Expected a function!`);let D=(k.$inject||Au(k)).map(O=>bi(w,O)?w[O]:c(O));return{fn:k,dependencies:D}}function m(k){let{fn:w,dependencies:S}=f(k),D=Function.prototype.bind.call(w,null,...S);return new D}function v(k,w,S){let{fn:D,dependencies:O}=f(k,S);return D.apply(w,O)}function M(k){return vn(w=>k.get(w))}function L(k,w){if(w&&w.length){let S=Object.create(null),D=Object.create(null),O=[],g=[],P=[],A,b,B,Y;for(let ee in i)A=i[ee],w.indexOf(ee)!==-1&&(A[2]==="private"?(b=O.indexOf(A[3]),b===-1?(B=A[3].createChild([],w),Y=M(B),O.push(A[3]),g.push(B),P.push(Y),S[ee]=[Y,ee,"private",B]):S[ee]=[P[b],ee,"private",g[b]]):S[ee]=[A[2],A[1]],D[ee]=!0),(A[2]==="factory"||A[2]==="type")&&A[1].$scope&&w.forEach(He=>{A[1].$scope.indexOf(He)!==-1&&(S[ee]=[A[2],A[1]],D[He]=!0)});w.forEach(ee=>{if(!D[ee])throw new Error('No provider for "'+ee+'". Cannot use provider from the parent!')}),k.unshift(S)}return new Ei(k,s)}let K={factory:v,type:m,value:function(k){return k}};function $(k,w){let S=k.__init__||[];return function(){S.forEach(D=>{typeof D=="string"?w.get(D):w.invoke(D)})}}function z(k){let w=k.__exports__;if(w){let S=k.__modules__,D=Object.keys(k).reduce((b,B)=>(B!=="__exports__"&&B!=="__modules__"&&B!=="__init__"&&B!=="__depends__"&&(b[B]=k[B]),b),Object.create(null)),O=(S||[]).concat(D),g=L(O),P=vn(function(b){return g.get(b)});w.forEach(function(b){i[b]=[P,b,"private",g]});let A=(k.__init__||[]).slice();return A.unshift(function(){g.init()}),k=Object.assign({},k,{__init__:A}),$(k,g)}return Object.keys(k).forEach(function(S){if(S==="__init__"||S==="__depends__")return;let D=k[S];if(D[2]==="private"){i[S]=D;return}let O=D[0],g=D[1];i[S]=[K[O],Su(O,g),O]}),$(k,s)}function q(k,w){return k.indexOf(w)!==-1||(k=(w.__depends__||[]).reduce(q,k),k.indexOf(w)!==-1)?k:k.concat(w)}function Z(k){let w=k.reduce(q,[]).map(z),S=!1;return function(){S||(S=!0,w.forEach(D=>D()))}}this.get=c,this.invoke=v,this.instantiate=m,this.createChild=L,this.init=Z(e)}function Su(e,t){return e!=="value"&&xi(t)&&(t=vn(t.slice())),t}var ku=1;function ht(e,t){Xe.call(this,e,ku),this.CONNECTION_STYLE=t.style(["no-fill"],{strokeWidth:5,stroke:"fuchsia"}),this.SHAPE_STYLE=t.style({fill:"white",stroke:"fuchsia",strokeWidth:2}),this.FRAME_STYLE=t.style(["no-fill"],{stroke:"fuchsia",strokeDasharray:4,strokeWidth:2})}ge(ht,Xe);ht.prototype.canRender=function(){return!0};ht.prototype.drawShape=function(t,r,n){var i=J("rect");return Q(i,{x:0,y:0,width:r.width||0,height:r.height||0}),Wr(r)?Q(i,C({},this.FRAME_STYLE,n||{})):Q(i,C({},this.SHAPE_STYLE,n||{})),le(t,i),i};ht.prototype.drawConnection=function(t,r,n){var i=tr(r.waypoints,C({},this.CONNECTION_STYLE,n||{}));return le(t,i),i};ht.prototype.getShapePath=function(t){var r=t.x,n=t.y,i=t.width,o=t.height,s=[["M",r,n],["l",i,0],["l",0,o],["l",-i,0],["z"]];return Et(s)};ht.prototype.getConnectionPath=function(t){var r=t.waypoints,n,i,o=[];for(n=0;i=r[n];n++)i=i.original||i,o.push([n===0?"M":"L",i.x,i.y]);return Et(o)};ht.$inject=["eventBus","styles"];function wi(){var e={"no-fill":{fill:"none"},"no-border":{strokeOpacity:0},"no-events":{pointerEvents:"none"}},t=this;this.cls=function(r,n,i){var o=this.style(n,i);return C(o,{class:r})},this.style=function(r,n){!ce(r)&&!n&&(n=r,r=[]);var i=pt(r,function(o,s){return C(o,e[s]||{})},{});return n?C(i,n):i},this.computeStyle=function(r,n,i){return ce(n)||(i=n,n=[]),t.style(n||[],C({},i,r||{}))}}var fa={__init__:["defaultRenderer"],defaultRenderer:["type",ht],styles:["type",wi]};function da(e,t){if(!e||!t)return-1;var r=e.indexOf(t);return r!==-1&&e.splice(r,1),r}function ha(e,t,r){if(!(!e||!t)){typeof r!="number"&&(r=-1);var n=e.indexOf(t);if(n!==-1){if(n===r)return;if(r!==-1)e.splice(n,1);else return}r!==-1?e.splice(r,0,t):e.push(t)}}function bn(e,t){return Math.round(e*t)/t}function ma(e){return $e(e)?e+"px":e}function Cu(e){for(;e.parent;)e=e.parent;return e}function Ru(e){e=C({},{width:"100%",height:"100%"},e);let t=e.container||document.body,r=document.createElement("div");return r.setAttribute("class","djs-container djs-parent bio-theme-parent"),Se(r,{position:"relative",overflow:"hidden",width:ma(e.width),height:ma(e.height)}),t.appendChild(r),r}function ya(e,t,r){let n=J("g");Ue(n).add(t);let i=r!==void 0?r:e.childNodes.length-1;return e.insertBefore(n,e.childNodes[i]||null),n}var Pu="base",ga=0,Tu=1,Mu={shape:["x","y","width","height"],connection:["waypoints"]};function I(e,t,r,n){this._eventBus=t,this._elementRegistry=n,this._graphicsFactory=r,this._rootsIdx=0,this._layers={},this._planes=[],this._rootElement=null,this._focused=!1,this._init(e||{})}I.$inject=["config.canvas","eventBus","graphicsFactory","elementRegistry"];I.prototype._init=function(e){let t=this._eventBus,r=this._container=Ru(e),n=this._svg=J("svg");Q(n,{width:"100%",height:"100%"}),Gr(n,"tabindex",0),e.autoFocus&&t.on("element.hover",()=>{this.restoreFocus()}),t.on("element.mousedown",500,o=>{this.focus()}),n.addEventListener("focusin",()=>{this._setFocused(!0)}),n.addEventListener("focusout",()=>{this._setFocused(!1)}),n.addEventListener("mouseover",()=>{this._eventBus.fire("canvas.mouseover")}),n.addEventListener("mouseout",()=>{this._eventBus.fire("canvas.mouseout")}),le(r,n);let i=this._viewport=ya(n,"viewport");e.deferUpdate&&(this._viewboxChanged=Er(this._viewboxChanged,300)),this._restoreFocus=Er(this._restoreFocus,0),t.on("diagram.init",()=>{t.fire("canvas.init",{svg:n,viewport:i})}),t.on(["shape.added","connection.added","shape.removed","connection.removed","elements.changed","root.set"],()=>{delete this._cachedViewbox}),t.on("diagram.destroy",500,this._destroy,this),t.on("diagram.clear",500,this._clear,this)};I.prototype._destroy=function(){this._restoreFocus.cancel(),this._eventBus.fire("canvas.destroy",{svg:this._svg,viewport:this._viewport});let e=this._container.parentNode;e&&e.removeChild(this._container),delete this._svg,delete this._container,delete this._layers,delete this._planes,delete this._rootElement,delete this._viewport};I.prototype._setFocused=function(e){e!=this._focused&&(this._focused=e,this._eventBus.fire("canvas.focus.changed",{focused:e}))};I.prototype._clear=function(){this._elementRegistry.getAll().forEach(t=>{let r=Hr(t);r==="root"?this.removeRootElement(t):this._removeElement(t,r)}),this._planes=[],this._rootElement=null,delete this._cachedViewbox};I.prototype.focus=function(){this._svg.focus({preventScroll:!0}),this._setFocused(!0)};I.prototype.restoreFocus=function(){this._restoreFocus()};I.prototype._restoreFocus=function(){document.activeElement===document.body&&this.focus()};I.prototype.isFocused=function(){return this._focused};I.prototype.getDefaultLayer=function(){return this.getLayer(Pu,ga)};I.prototype.getLayer=function(e,t){if(!e)throw new Error("must specify a name");let r=this._layers[e];if(r||(r=this._layers[e]=this._createLayer(e,t)),typeof t<"u"&&r.index!==t)throw new Error("layer <"+e+"> already created at index <"+t+">");return r.group};I.prototype._getChildIndex=function(e){return pt(this._layers,function(t,r){return r.visible&&e>=r.index&&t++,t},0)};I.prototype._createLayer=function(e,t){typeof t>"u"&&(t=Tu);let r=this._getChildIndex(t);return{group:ya(this._viewport,"layer-"+e,r),index:t,visible:!0}};I.prototype.showLayer=function(e){if(!e)throw new Error("must specify a name");let t=this._layers[e];if(!t)throw new Error("layer <"+e+"> does not exist");let r=this._viewport,n=t.group,i=t.index;if(t.visible)return n;let o=this._getChildIndex(i);return r.insertBefore(n,r.childNodes[o]||null),t.visible=!0,n};I.prototype.hideLayer=function(e){if(!e)throw new Error("must specify a name");let t=this._layers[e];if(!t)throw new Error("layer <"+e+"> does not exist");let r=t.group;return t.visible&&(Vt(r),t.visible=!1),r};I.prototype._removeLayer=function(e){let t=this._layers[e];t&&(delete this._layers[e],Vt(t.group))};I.prototype.getActiveLayer=function(){let e=this._findPlaneForRoot(this.getRootElement());return e?e.layer:null};I.prototype.findRoot=function(e){let t=this._resolveElements(e),r;for(let n of t){let i=this._findPlaneForRoot(Cu(n));if(!i||r&&i.rootElement!==r)return;r=i.rootElement}return r};I.prototype.getRootElements=function(){return this._planes.map(function(e){return e.rootElement})};I.prototype._findPlaneForRoot=function(e){return ve(this._planes,function(t){return t.rootElement===e})};I.prototype._resolveElement=function(e){return typeof e=="string"?this._elementRegistry.get(e):e};I.prototype._resolveElements=function(e){return ce(e)||(e=[e]),e.map(t=>this._resolveElement(t)).filter(Boolean)};I.prototype.getContainer=function(){return this._container};I.prototype._updateMarker=function(e,t,r){let n;e=this._resolveElement(e),e.markers=e.markers||new Set,n=this._elementRegistry._elements[e.id],n&&(T([n.gfx,n.secondaryGfx],function(i){i&&(r?(e.markers.add(t),Ue(i).add(t)):(e.markers.delete(t),Ue(i).remove(t)))}),this._eventBus.fire("element.marker.update",{element:e,gfx:n.gfx,marker:t,add:!!r}))};I.prototype.addMarker=function(e,t){this._updateMarker(e,t,!0)};I.prototype.removeMarker=function(e,t){this._updateMarker(e,t,!1)};I.prototype.hasMarker=function(e,t){return e=this._resolveElement(e),e.markers?e.markers.has(t):!1};I.prototype.toggleMarker=function(e,t){this.hasMarker(e,t)?this.removeMarker(e,t):this.addMarker(e,t)};I.prototype.getRootElement=function(){let e=this._rootElement;return e||this._planes.length?e:this.setRootElement(this.addRootElement(null))};I.prototype.addRootElement=function(e){let t=this._rootsIdx++;e||(e={id:"__implicitroot_"+t,children:[],isImplicit:!0});let r=e.layer="root-"+t;this._ensureValid("root",e);let n=this.getLayer(r,ga);return this.hideLayer(r),this._addRoot(e,n),this._planes.push({rootElement:e,layer:n}),e};I.prototype.removeRootElement=function(e){if(e=this._resolveElement(e),!!this._findPlaneForRoot(e))return this._removeRoot(e),this._removeLayer(e.layer),this._planes=this._planes.filter(function(r){return r.rootElement!==e}),this._rootElement===e&&(this._rootElement=null),e};I.prototype.setRootElement=function(e){if(e===this._rootElement)return e;let t;if(!e)throw new Error("rootElement required");return t=this._findPlaneForRoot(e),t||(e=this.addRootElement(e)),this._setRoot(e),e};I.prototype._removeRoot=function(e){let t=this._elementRegistry,r=this._eventBus;r.fire("root.remove",{element:e}),r.fire("root.removed",{element:e}),t.remove(e)};I.prototype._addRoot=function(e,t){let r=this._elementRegistry,n=this._eventBus;n.fire("root.add",{element:e}),r.add(e,t),n.fire("root.added",{element:e,gfx:t})};I.prototype._setRoot=function(e,t){let r=this._rootElement;r&&(this._elementRegistry.updateGraphics(r,null,!0),this.hideLayer(r.layer)),e&&(t||(t=this._findPlaneForRoot(e).layer),this._elementRegistry.updateGraphics(e,this._svg,!0),this.showLayer(e.layer)),this._rootElement=e,this._eventBus.fire("root.set",{element:e})};I.prototype._ensureValid=function(e,t){if(!t.id)throw new Error("element must have an id");if(this._elementRegistry.get(t.id))throw new Error("element <"+t.id+"> already exists");let r=Mu[e];if(!Xn(r,function(i){return typeof t[i]<"u"}))throw new Error("must supply { "+r.join(", ")+" } with "+e)};I.prototype._setParent=function(e,t,r){ha(t.children,e,r),e.parent=t};I.prototype._addElement=function(e,t,r,n){r=r||this.getRootElement();let i=this._eventBus,o=this._graphicsFactory;this._ensureValid(e,t),i.fire(e+".add",{element:t,parent:r}),this._setParent(t,r,n);let s=o.create(e,t,n);return this._elementRegistry.add(t,s),o.update(e,t,s),i.fire(e+".added",{element:t,gfx:s}),t};I.prototype.addShape=function(e,t,r){return this._addElement("shape",e,t,r)};I.prototype.addConnection=function(e,t,r){return this._addElement("connection",e,t,r)};I.prototype._removeElement=function(e,t){let r=this._elementRegistry,n=this._graphicsFactory,i=this._eventBus;if(e=r.get(e.id||e),!!e)return i.fire(t+".remove",{element:e}),n.remove(e),da(e.parent&&e.parent.children,e),e.parent=null,i.fire(t+".removed",{element:e}),r.remove(e),e};I.prototype.removeShape=function(e){return this._removeElement(e,"shape")};I.prototype.removeConnection=function(e){return this._removeElement(e,"connection")};I.prototype.getGraphics=function(e,t){return this._elementRegistry.getGraphics(e,t)};I.prototype._changeViewbox=function(e){this._eventBus.fire("canvas.viewbox.changing"),e.apply(this),this._cachedViewbox=null,this._viewboxChanged()};I.prototype._viewboxChanged=function(){this._eventBus.fire("canvas.viewbox.changed",{viewbox:this.viewbox()})};I.prototype.viewbox=function(e){if(e===void 0&&this._cachedViewbox)return structuredClone(this._cachedViewbox);let t=this._viewport,r=this.getSize(),n,i,o,s,u,c,f;if(e)this._changeViewbox(function(){u=Math.min(r.width/e.width,r.height/e.height);let m=this._svg.createSVGMatrix().scale(u).translate(-e.x,-e.y);Ht(t,m)});else return o=this._rootElement?this.getActiveLayer():null,n=o&&o.getBBox()||{},s=Ht(t),i=s?s.matrix:Mo(),u=bn(i.a,1e3),c=bn(-i.e||0,1e3),f=bn(-i.f||0,1e3),e=this._cachedViewbox={x:c?c/u:0,y:f?f/u:0,width:r.width/u,height:r.height/u,scale:u,inner:{width:n.width||0,height:n.height||0,x:n.x||0,y:n.y||0},outer:r},e;return e};I.prototype.scroll=function(e){let t=this._viewport,r=t.getCTM();return e&&this._changeViewbox(function(){e=C({dx:0,dy:0},e||{}),r=this._svg.createSVGMatrix().translate(e.dx,e.dy).multiply(r),va(t,r)}),{x:r.e,y:r.f}};I.prototype.scrollToElement=function(e,t){let r=100,n=this._resolveElements(e);if(!n.length)return;let i=this.findRoot(n);if(!i)return;i!==this.getRootElement()&&this.setRootElement(i);let o=n.filter(K=>K!=i);if(!o.length)return;t||(t={}),typeof t=="number"&&(r=t),t={top:t.top||r,right:t.right||r,bottom:t.bottom||r,left:t.left||r};let s=xt(o),u=Tt(s),c=this.viewbox(),f=this.zoom(),m,v;c.y+=t.top/f,c.x+=t.left/f,c.width-=(t.right+t.left)/f,c.height-=(t.bottom+t.top)/f;let M=Tt(c);if(!(s.width<c.width&&s.height<c.height))m=s.x-c.x,v=s.y-c.y;else{let K=Math.max(0,u.right-M.right),$=Math.min(0,u.left-M.left),z=Math.max(0,u.bottom-M.bottom),q=Math.min(0,u.top-M.top);m=K||$,v=z||q}this.scroll({dx:-m*f,dy:-v*f})};I.prototype.zoom=function(e,t){if(!e)return this.viewbox(e).scale;if(e==="fit-viewport")return this._fitViewport(t);let r,n;return this._changeViewbox(function(){typeof t!="object"&&(r=this.viewbox().outer,t={x:r.width/2,y:r.height/2}),n=this._setZoom(e,t)}),bn(n.a,1e3)};function va(e,t){let r="matrix("+t.a+","+t.b+","+t.c+","+t.d+","+t.e+","+t.f+")";e.setAttribute("transform",r)}I.prototype._fitViewport=function(e){let t=this.viewbox(),r=t.outer,n=t.inner,i,o;return n.x>=0&&n.y>=0&&n.x+n.width<=r.width&&n.y+n.height<=r.height&&!e?o={x:0,y:0,width:Math.max(n.width+n.x,r.width),height:Math.max(n.height+n.y,r.height)}:(i=Math.min(1,r.width/n.width,r.height/n.height),o={x:n.x+(e?n.width/2-r.width/i/2:0),y:n.y+(e?n.height/2-r.height/i/2:0),width:r.width/i,height:r.height/i}),this.viewbox(o),this.viewbox(!1).scale};I.prototype._setZoom=function(e,t){let r=this._svg,n=this._viewport,i=r.createSVGMatrix(),o=r.createSVGPoint(),s,u,c,f,m;c=n.getCTM();let v=c.a;return t?(s=C(o,t),u=s.matrixTransform(c.inverse()),f=i.translate(u.x,u.y).scale(1/v*e).translate(-u.x,-u.y),m=c.multiply(f)):m=i.scale(e),va(this._viewport,m),m};I.prototype.getSize=function(){return{width:this._container.clientWidth,height:this._container.clientHeight}};I.prototype.getAbsoluteBBox=function(e){let t=this.viewbox(),r;e.waypoints?r=this.getGraphics(e).getBBox():r=e;let n=r.x*t.scale-t.x*t.scale,i=r.y*t.scale-t.y*t.scale,o=r.width*t.scale,s=r.height*t.scale;return{x:n,y:i,width:o,height:s}};I.prototype.resized=function(){delete this._cachedViewbox,this._eventBus.fire("canvas.resized")};var lr="data-element-id";function Ne(e){this._elements={},this._eventBus=e}Ne.$inject=["eventBus"];Ne.prototype.add=function(e,t,r){var n=e.id;this._validateId(n),Q(t,lr,n),r&&Q(r,lr,n),this._elements[n]={element:e,gfx:t,secondaryGfx:r}};Ne.prototype.remove=function(e){var t=this._elements,r=e.id||e,n=r&&t[r];n&&(Q(n.gfx,lr,""),n.secondaryGfx&&Q(n.secondaryGfx,lr,""),delete t[r])};Ne.prototype.updateId=function(e,t){this._validateId(t),typeof e=="string"&&(e=this.get(e)),this._eventBus.fire("element.updateId",{element:e,newId:t});var r=this.getGraphics(e),n=this.getGraphics(e,!0);this.remove(e),e.id=t,this.add(e,r,n)};Ne.prototype.updateGraphics=function(e,t,r){var n=e.id||e,i=this._elements[n];return r?i.secondaryGfx=t:i.gfx=t,t&&Q(t,lr,n),t};Ne.prototype.get=function(e){var t;typeof e=="string"?t=e:t=e&&Q(e,lr);var r=this._elements[t];return r&&r.element};Ne.prototype.filter=function(e){var t=[];return this.forEach(function(r,n){e(r,n)&&t.push(r)}),t};Ne.prototype.find=function(e){for(var t=this._elements,r=Object.keys(t),n=0;n<r.length;n++){var i=r[n],o=t[i],s=o.element,u=o.gfx;if(e(s,u))return s}};Ne.prototype.getAll=function(){return this.filter(function(e){return e})};Ne.prototype.forEach=function(e){var t=this._elements;Object.keys(t).forEach(function(r){var n=t[r],i=n.element,o=n.gfx;return e(i,o)})};Ne.prototype.getGraphics=function(e,t){var r=e.id||e,n=this._elements[r];return n&&(t?n.secondaryGfx:n.gfx)};Ne.prototype._validateId=function(e){if(!e)throw new Error("element must have an id");if(this._elements[e])throw new Error("element with id "+e+" already added")};function ju(e,t,r,n){var i=r.inverse;return Object.defineProperty(e,"remove",{value:function(o){var s=this.indexOf(o);return s!==-1&&(this.splice(s,1),t.unset(o,i,n)),o}}),Object.defineProperty(e,"contains",{value:function(o){return this.indexOf(o)!==-1}}),Object.defineProperty(e,"add",{value:function(o,s){var u=this.indexOf(o);if(typeof s>"u"){if(u!==-1)return;s=this.length}u!==-1&&this.splice(u,1),this.splice(s,0,o),u===-1&&t.set(o,i,n)}}),Object.defineProperty(e,"__refs_collection",{value:!0}),e}function Nu(e){return e.__refs_collection===!0}function Du(e,t){return Object.prototype.hasOwnProperty.call(e,t.name||t)}function ba(e,t,r){var n=ju(r[t.name]||[],e,t,r);Object.defineProperty(r,t.name,{enumerable:t.enumerable,value:n}),n.length&&n.forEach(function(i){e.set(i,t.inverse,r)})}function Ou(e,t,r){var n=t.inverse,i=r[t.name];Object.defineProperty(r,t.name,{configurable:t.configurable,enumerable:t.enumerable,get:function(){return i},set:function(o){if(o!==i){var s=i;i=null,s&&e.unset(s,n,r),i=o,e.set(i,n,r)}}})}function qe(e,t){if(!(this instanceof qe))return new qe(e,t);e.inverse=t,t.inverse=e,this.props={},this.props[e.name]=e,this.props[t.name]=t}qe.prototype.bind=function(e,t){if(typeof t=="string"){if(!this.props[t])throw new Error("no property <"+t+"> in ref");t=this.props[t]}t.collection?ba(this,t,e):Ou(this,t,e)};qe.prototype.ensureRefsCollection=function(e,t){var r=e[t.name];return Nu(r)||ba(this,t,e),r};qe.prototype.ensureBound=function(e,t){Du(e,t)||this.bind(e,t)};qe.prototype.unset=function(e,t,r){e&&(this.ensureBound(e,t),t.collection?this.ensureRefsCollection(e,t).remove(r):e[t.name]=void 0)};qe.prototype.set=function(e,t,r){e&&(this.ensureBound(e,t),t.collection?this.ensureRefsCollection(e,t).add(r):e[t.name]=r)};var _i=new qe({name:"children",enumerable:!0,collection:!0},{name:"parent"}),Ea=new qe({name:"labels",enumerable:!0,collection:!0},{name:"labelTarget"}),xa=new qe({name:"attachers",collection:!0},{name:"host"}),wa=new qe({name:"outgoing",collection:!0},{name:"source"}),_a=new qe({name:"incoming",collection:!0},{name:"target"});function Rr(){Object.defineProperty(this,"businessObject",{writable:!0}),Object.defineProperty(this,"label",{get:function(){return this.labels[0]},set:function(e){var t=this.label,r=this.labels;!e&&t?r.remove(t):r.add(e,0)}}),_i.bind(this,"parent"),Ea.bind(this,"labels"),wa.bind(this,"outgoing"),_a.bind(this,"incoming")}function Pr(){Rr.call(this),_i.bind(this,"children"),xa.bind(this,"host"),xa.bind(this,"attachers")}ge(Pr,Rr);function Aa(){Rr.call(this),_i.bind(this,"children")}ge(Aa,Pr);function Sa(){Pr.call(this),Ea.bind(this,"labelTarget")}ge(Sa,Pr);function ka(){Rr.call(this),wa.bind(this,"source"),_a.bind(this,"target")}ge(ka,Rr);var Bu={connection:ka,shape:Pr,label:Sa,root:Aa};function Ca(e,t){var r=Bu[e];if(!r)throw new Error("unknown type: <"+e+">");return C(new r,t)}function jt(){this._uid=12}jt.prototype.createRoot=function(e){return this.create("root",e)};jt.prototype.createLabel=function(e){return this.create("label",e)};jt.prototype.createShape=function(e){return this.create("shape",e)};jt.prototype.createConnection=function(e){return this.create("connection",e)};jt.prototype.create=function(e,t){return t=C({},t||{}),t.id||(t.id=e+"_"+this._uid++),Ca(e,t)};var xn="__fn",Ra=1e3,Lu=Array.prototype.slice;function Ce(){this._listeners={},this.on("diagram.destroy",1,this._destroy,this)}Ce.prototype.on=function(e,t,r,n){if(e=ce(e)?e:[e],it(t)&&(n=r,r=t,t=Ra),!$e(t))throw new Error("priority must be a number");var i=r;n&&(i=ot(r,n),i[xn]=r[xn]||r);var o=this;e.forEach(function(s){o._addListener(s,{priority:t,callback:i,next:null})})};Ce.prototype.once=function(e,t,r,n){var i=this;if(it(t)&&(n=r,r=t,t=Ra),!$e(t))throw new Error("priority must be a number");function o(){o.__isTomb=!0;var s=r.apply(n,arguments);return i.off(e,o),s}o[xn]=r,this.on(e,t,o)};Ce.prototype.off=function(e,t){e=ce(e)?e:[e];var r=this;e.forEach(function(n){r._removeListener(n,t)})};Ce.prototype.createEvent=function(e){var t=new Tr;return t.init(e),t};Ce.prototype.fire=function(e,t){var r,n,i,o;if(o=Lu.call(arguments),typeof e=="object"&&(t=e,e=t.type),!e)throw new Error("no event type specified");if(n=this._listeners[e],!!n){t instanceof Tr?r=t:r=this.createEvent(t),o[0]=r;var s=r.type;e!==s&&(r.type=e);try{i=this._invokeListeners(r,o,n)}finally{e!==s&&(r.type=s)}return i===void 0&&r.defaultPrevented&&(i=!1),i}};Ce.prototype.handleError=function(e){return this.fire("error",{error:e})===!1};Ce.prototype._destroy=function(){this._listeners={}};Ce.prototype._invokeListeners=function(e,t,r){for(var n;r&&!e.cancelBubble;)n=this._invokeListener(e,t,r),r=r.next;return n};Ce.prototype._invokeListener=function(e,t,r){var n;if(r.callback.__isTomb)return n;try{n=Iu(r.callback,t),n!==void 0&&(e.returnValue=n,e.stopPropagation()),n===!1&&e.preventDefault()}catch(i){if(!this.handleError(i))throw console.error("unhandled error in event listener",i),i}return n};Ce.prototype._addListener=function(e,t){var r=this._getListeners(e),n;if(!r){this._setListeners(e,t);return}for(;r;){if(r.priority<t.priority){t.next=r,n?n.next=t:this._setListeners(e,t);return}n=r,r=r.next}n.next=t};Ce.prototype._getListeners=function(e){return this._listeners[e]};Ce.prototype._setListeners=function(e,t){this._listeners[e]=t};Ce.prototype._removeListener=function(e,t){var r=this._getListeners(e),n,i,o;if(!t){this._setListeners(e,null);return}for(;r;)n=r.next,o=r.callback,(o===t||o[xn]===t)&&(i?i.next=n:this._setListeners(e,n)),i=r,r=n};function Tr(){}Tr.prototype.stopPropagation=function(){this.cancelBubble=!0};Tr.prototype.preventDefault=function(){this.defaultPrevented=!0};Tr.prototype.init=function(e){C(this,e||{})};function Iu(e,t){return e.apply(null,t)}function Pa(e){return e.childNodes[0]}function Ta(e){return e.parentNode.childNodes[1]}function De(e,t){this._eventBus=e,this._elementRegistry=t}De.$inject=["eventBus","elementRegistry"];De.prototype._getChildrenContainer=function(e){var t=this._elementRegistry.getGraphics(e),r;return e.parent?(r=Ta(t),r||(r=J("g"),Ue(r).add("djs-children"),le(t.parentNode,r))):r=t,r};De.prototype._clear=function(e){var t=Pa(e);return Xr(t),t};De.prototype._createContainer=function(e,t,r,n){var i=J("g");Ue(i).add("djs-group"),typeof r<"u"?$u(i,t,t.childNodes[r]):le(t,i);var o=J("g");Ue(o).add("djs-element"),Ue(o).add("djs-"+e),n&&Ue(o).add("djs-frame"),le(i,o);var s=J("g");return Ue(s).add("djs-visual"),le(o,s),o};De.prototype.create=function(e,t,r){var n=this._getChildrenContainer(t.parent);return this._createContainer(e,n,r,Wr(t))};De.prototype.updateContainments=function(e){var t=this,r=this._elementRegistry,n;n=pt(e,function(i,o){return o.parent&&(i[o.parent.id]=o.parent),i},{}),T(n,function(i){var o=i.children;if(o){var s=t._getChildrenContainer(i),u=s.firstChild;T(o,function(c){var f=r.getGraphics(c).parentNode;f===u?u=u.nextSibling:s.insertBefore(f,u)})}})};De.prototype.drawShape=function(e,t,r={}){var n=this._eventBus;return n.fire("render.shape",{gfx:e,element:t,attrs:r})};De.prototype.getShapePath=function(e){var t=this._eventBus;return t.fire("render.getShapePath",e)};De.prototype.drawConnection=function(e,t,r={}){var n=this._eventBus;return n.fire("render.connection",{gfx:e,element:t,attrs:r})};De.prototype.getConnectionPath=function(e){var t=this._eventBus;return t.fire("render.getConnectionPath",e)};De.prototype.update=function(e,t,r){if(t.parent){var n=this._clear(r);if(e==="shape")this.drawShape(n,t),Qr(r,t.x,t.y);else if(e==="connection")this.drawConnection(n,t);else throw new Error("unknown type: "+e);t.hidden?Q(r,"display","none"):Q(r,"display","block")}};De.prototype.remove=function(e){var t=this._elementRegistry.getGraphics(e);Vt(t.parentNode)};function $u(e,t,r){var n=r||t.firstChild;e!==n&&t.insertBefore(e,n)}var Ma={__depends__:[fa],__init__:["canvas"],canvas:["type",I],elementRegistry:["type",Ne],elementFactory:["type",jt],eventBus:["type",Ce],graphicsFactory:["type",De]};function Fu(e){var t=new Ei(e);return t.init(),t}function zu(e){e=e||{};var t={config:["value",e]},r=[t,Ma].concat(e.modules||[]);return Fu(r)}function mt(e,t){this._injector=t||zu(e),this.get("eventBus").fire("diagram.init")}mt.prototype.get=function(e,t){return this._injector.get(e,t)};mt.prototype.invoke=function(e,t,r){return this._injector.invoke(e,t,r)};mt.prototype.destroy=function(){this.get("eventBus").fire("diagram.destroy")};mt.prototype.clear=function(){this.get("eventBus").fire("diagram.clear")};function ki(){}ki.prototype.get=function(e){return this.$model.properties.get(this,e)};ki.prototype.set=function(e,t){this.$model.properties.set(this,e,t)};function Na(e,t){this.model=e,this.properties=t}Na.prototype.createType=function(e){var t=this.model,r=this.properties,n=Object.create(ki.prototype);T(e.properties,function(s){!s.isMany&&s.default!==void 0&&(n[s.name]=s.default)}),r.defineModel(n,t),r.defineDescriptor(n,e);var i=e.ns.name;function o(s){r.define(this,"$type",{value:i,enumerable:!0}),r.define(this,"$attrs",{value:{}}),r.define(this,"$parent",{writable:!0}),T(s,ot(function(u,c){this.set(c,u)},this))}return o.prototype=n,o.hasType=n.$instanceOf=this.model.hasType,r.defineModel(o,t),r.defineDescriptor(o,e),o};var Vu=C(Object.create(null),{String:!0,Boolean:!0,Integer:!0,Real:!0,Element:!0}),Da=C(Object.create(null),{String:function(e){return e},Boolean:function(e){return e==="true"},Integer:function(e){return parseInt(e,10)},Real:function(e){return parseFloat(e)}});function En(e,t){var r=Da[e];return r?r(t):t}function Ai(e){return!!Vu[e]}function Ci(e){return!!Da[e]}function _e(e,t){var r=e.split(/:/),n,i;if(r.length===1)n=e,i=t;else if(r.length===2)n=r[1],i=r[0];else throw new Error("expected <prefix:localName> or <localName>, got "+e);return e=(i?i+":":"")+n,{name:e,prefix:i,localName:n}}function Ge(e){this.ns=e,this.name=e.name,this.allTypes=[],this.allTypesByName=Object.create(null),this.properties=[],this.propertiesByName=Object.create(null)}Ge.prototype.build=function(){return yo(this,["ns","name","allTypes","allTypesByName","properties","propertiesByName","bodyProperty","idProperty"])};Ge.prototype.addProperty=function(e,t,r){typeof t=="boolean"&&(r=t,t=void 0),this.addNamedProperty(e,r!==!1);var n=this.properties;t!==void 0?n.splice(t,0,e):n.push(e)};Ge.prototype.replaceProperty=function(e,t,r){var n=e.ns,i=this.properties,o=this.propertiesByName,s=e.name!==t.name;if(e.isId){if(!t.isId)throw new Error("property <"+t.ns.name+"> must be id property to refine <"+e.ns.name+">");this.setIdProperty(t,!1)}if(e.isBody){if(!t.isBody)throw new Error("property <"+t.ns.name+"> must be body property to refine <"+e.ns.name+">");this.setBodyProperty(t,!1)}var u=i.indexOf(e);if(u===-1)throw new Error("property <"+n.name+"> not found in property list");i.splice(u,1),this.addProperty(t,r?void 0:u,s),o[n.name]=o[n.localName]=t};Ge.prototype.redefineProperty=function(e,t,r){var n=e.ns.prefix,i=t.split("#"),o=_e(i[0],n),s=_e(i[1],o.prefix).name,u=this.propertiesByName[s];if(u)this.replaceProperty(u,e,r);else throw new Error("refined property <"+s+"> not found");delete e.redefines};Ge.prototype.addNamedProperty=function(e,t){var r=e.ns,n=this.propertiesByName;t&&(this.assertNotDefined(e,r.name),this.assertNotDefined(e,r.localName)),n[r.name]=n[r.localName]=e};Ge.prototype.removeNamedProperty=function(e){var t=e.ns,r=this.propertiesByName;delete r[t.name],delete r[t.localName]};Ge.prototype.setBodyProperty=function(e,t){if(t&&this.bodyProperty)throw new Error("body property defined multiple times (<"+this.bodyProperty.ns.name+">, <"+e.ns.name+">)");this.bodyProperty=e};Ge.prototype.setIdProperty=function(e,t){if(t&&this.idProperty)throw new Error("id property defined multiple times (<"+this.idProperty.ns.name+">, <"+e.ns.name+">)");this.idProperty=e};Ge.prototype.assertNotTrait=function(e){if((e.extends||[]).length)throw new Error(`cannot create <${e.name}> extending <${e.extends}>`)};Ge.prototype.assertNotDefined=function(e,t){var r=e.name,n=this.propertiesByName[r];if(n)throw new Error("property <"+r+"> already defined; override of <"+n.definedBy.ns.name+"#"+n.ns.name+"> by <"+e.definedBy.ns.name+"#"+e.ns.name+"> not allowed without redefines")};Ge.prototype.hasProperty=function(e){return this.propertiesByName[e]};Ge.prototype.addTrait=function(e,t){t&&this.assertNotTrait(e);var r=this.allTypesByName,n=this.allTypes,i=e.name;i in r||(T(e.properties,ot(function(o){o=C({},o,{name:o.ns.localName,inherited:t}),Object.defineProperty(o,"definedBy",{value:e});var s=o.replaces,u=o.redefines;s||u?this.redefineProperty(o,s||u,s):(o.isBody&&this.setBodyProperty(o),o.isId&&this.setIdProperty(o),this.addProperty(o))},this)),n.push(e),r[i]=e)};function Nt(e,t){this.packageMap=Object.create(null),this.typeMap=Object.create(null),this.packages=[],this.properties=t,T(e,ot(this.registerPackage,this))}Nt.prototype.getPackage=function(e){return this.packageMap[e]};Nt.prototype.getPackages=function(){return this.packages};Nt.prototype.registerPackage=function(e){e=C({},e);var t=this.packageMap;ja(t,e,"prefix"),ja(t,e,"uri"),T(e.types,ot(function(r){this.registerType(r,e)},this)),t[e.uri]=t[e.prefix]=e,this.packages.push(e)};Nt.prototype.registerType=function(e,t){e=C({},e,{superClass:(e.superClass||[]).slice(),extends:(e.extends||[]).slice(),properties:(e.properties||[]).slice(),meta:C({},e.meta||{})});var r=_e(e.name,t.prefix),n=r.name,i=Object.create(null);T(e.properties,ot(function(o){var s=_e(o.name,r.prefix),u=s.name;Ai(o.type)||(o.type=_e(o.type,s.prefix).name),C(o,{ns:s,name:u}),i[u]=o},this)),C(e,{ns:r,name:n,propertiesByName:i}),T(e.extends,ot(function(o){var s=_e(o,r.prefix),u=this.typeMap[s.name];u.traits=u.traits||[],u.traits.push(n)},this)),this.definePackage(e,t),this.typeMap[n]=e};Nt.prototype.mapTypes=function(e,t,r){var n=Ai(e.name)?{name:e.name}:this.typeMap[e.name],i=this;function o(c,f){var m=_e(c,Ai(c)?"":e.prefix);i.mapTypes(m,t,f)}function s(c){return o(c,!0)}function u(c){return o(c,!1)}if(!n)throw new Error("unknown type <"+e.name+">");T(n.superClass,r?s:u),t(n,!r),T(n.traits,s)};Nt.prototype.getEffectiveDescriptor=function(e){var t=_e(e),r=new Ge(t);this.mapTypes(t,function(i,o){r.addTrait(i,o)});var n=r.build();return this.definePackage(n,n.allTypes[n.allTypes.length-1].$pkg),n};Nt.prototype.definePackage=function(e,t){this.properties.define(e,"$pkg",{value:t})};function ja(e,t,r){var n=t[r];if(n in e)throw new Error("package with "+r+" <"+n+"> already defined")}function Ut(e){this.model=e}Ut.prototype.set=function(e,t,r){if(!Fe(t)||!t.length)throw new TypeError("property name must be a non-empty string");var n=this.getProperty(e,t),i=n&&n.name;Hu(r)?n?delete e[i]:delete e.$attrs[Si(t)]:n?i in e?e[i]=r:Oa(e,n,r):e.$attrs[Si(t)]=r};Ut.prototype.get=function(e,t){var r=this.getProperty(e,t);if(!r)return e.$attrs[Si(t)];var n=r.name;return!e[n]&&r.isMany&&Oa(e,r,[]),e[n]};Ut.prototype.define=function(e,t,r){if(!r.writable){var n=r.value;r=C({},r,{get:function(){return n}}),delete r.value}Object.defineProperty(e,t,r)};Ut.prototype.defineDescriptor=function(e,t){this.define(e,"$descriptor",{value:t})};Ut.prototype.defineModel=function(e,t){this.define(e,"$model",{value:t})};Ut.prototype.getProperty=function(e,t){var r=this.model,n=r.getPropertyDescriptor(e,t);if(n)return n;if(t.includes(":"))return null;let i=r.config.strict;if(typeof i<"u"){let o=new TypeError(`unknown property <${t}> on <${e.$type}>`);if(i)throw o;typeof console<"u"&&console.warn(o)}return null};function Hu(e){return typeof e>"u"}function Oa(e,t,r){Object.defineProperty(e,t.name,{enumerable:!t.isReference,writable:!0,value:r,configurable:!0})}function Si(e){return e.replace(/^:/,"")}function ze(e,t={}){this.properties=new Ut(this),this.factory=new Na(this,this.properties),this.registry=new Nt(e,this.properties),this.typeCache=Object.create(null),this.config=t}ze.prototype.create=function(e,t){var r=this.getType(e);if(!r)throw new Error("unknown type <"+e+">");return new r(t)};ze.prototype.getType=function(e){var t=this.typeCache,r=Fe(e)?e:e.ns.name,n=t[r];return n||(e=this.registry.getEffectiveDescriptor(r),n=t[r]=this.factory.createType(e)),n};ze.prototype.createAny=function(e,t,r){var n=_e(e),i={$type:e,$instanceOf:function(s){return s===this.$type},get:function(s){return this[s]},set:function(s,u){mo(this,[s],u)}},o={name:e,isGeneric:!0,ns:{prefix:n.prefix,localName:n.localName,uri:t}};return this.properties.defineDescriptor(i,o),this.properties.defineModel(i,this),this.properties.define(i,"get",{enumerable:!1,writable:!0}),this.properties.define(i,"set",{enumerable:!1,writable:!0}),this.properties.define(i,"$parent",{enumerable:!1,writable:!0}),this.properties.define(i,"$instanceOf",{enumerable:!1,writable:!0}),T(r,function(s,u){Me(s)&&s.value!==void 0?i[s.name]=s.value:i[u]=s}),i};ze.prototype.getPackage=function(e){return this.registry.getPackage(e)};ze.prototype.getPackages=function(){return this.registry.getPackages()};ze.prototype.getElementDescriptor=function(e){return e.$descriptor};ze.prototype.hasType=function(e,t){t===void 0&&(t=e,e=this);var r=e.$model.getElementDescriptor(e);return t in r.allTypesByName};ze.prototype.getPropertyDescriptor=function(e,t){return this.getElementDescriptor(e).propertiesByName[t]};ze.prototype.getTypeDescriptor=function(e){return this.registry.typeMap[e]};var Ba=String.fromCharCode,Wu=Object.prototype.hasOwnProperty,Uu=/&#(\d+);|&#x([0-9a-f]+);|&(\w+);/ig,Mr={amp:"&",apos:"'",gt:">",lt:"<",quot:'"'};Object.keys(Mr).forEach(function(e){Mr[e.toUpperCase()]=Mr[e]});function Ku(e,t,r,n){return n?Wu.call(Mr,n)?Mr[n]:"&"+n+";":Ba(t||parseInt(r,16))}function Kt(e){return e.length>3&&e.indexOf("&")!==-1?e.replace(Uu,Ku):e}var La="non-whitespace outside of root node";function Dt(e){return new Error(e)}function Yu(e){return"missing namespace for prefix <"+e+">"}function wn(e){return{get:e,enumerable:!0}}function Ri(e,t,r,n){r in t||(t[r]=r in e?e[r]:null),e[r]=n}function qu(e,t){var r,n;for(r in t)n=t[r],n===null?delete e[r]:e[r]=n}function Pi(e){return e+"$uri"}function Gu(e){var t=Object.create(null),r,n;for(r in e)n=e[r],t[n]=n,t[Pi(n)]=r;return t}function _n(){return{line:0,column:0}}function Xu(e){throw e}function Ti(e){if(!this)return new Ti(e);var t=e&&e.proxy,r,n,i,o,s=Xu,u,c,f,m,v=_n,M=!1,L=!1,K="",$=!1,z=!1,q=null,Z=!1,k,w,S,D;function O(b){b instanceof Error||(b=Dt(b)),q=b,s(b,v)}function g(b){u&&(b instanceof Error||(b=Dt(b)),u(b,v))}this.on=function(b,B){if(typeof B!="function")throw Dt("required args <name, cb>");switch(b){case"openTag":n=B;break;case"text":r=B;break;case"closeTag":i=B;break;case"error":s=B;break;case"warn":u=B;break;case"cdata":o=B;break;case"attention":m=B;break;case"question":f=B;break;case"comment":c=B;break;default:throw Dt("unsupported event: "+b)}return this},this.ns=function(b){if(typeof b>"u"&&(b={}),typeof b!="object")throw Dt("required args <nsMap={}>");var B=Object.create(null),Y;for(Y in b)B[Y]=b[Y];return z=!0,D=B,this};function P(){k=z?[]:null,w=z?Gu(D):null,S=[],v=_n,Z=!1,q=null,L=!1,K=""}this.parse=function(b){if(typeof b!="string")throw Dt("required args <xml=string>");if(M)throw Dt("parse during stream; call end() first");return P(),A(b),v=_n,Z=!1,q},this.write=function(b){if(typeof b!="string")throw Dt("required args <xml=string>");return M||(P(),M=!0),q||(K=A(K+b,!0)||""),this},this.end=function(){return M||P(),M=!1,q||A(K),K="",v=_n,Z=!1,q},this.stop=function(){Z=!0};function A(b,B=!1){var Y=null,ee,He,Gt=0,We=!1,Be=!1,W=0,H=0,re,E,x,_,ne,Pe,p,l,a,d="",h=0,y;function j(ie,me){var Te=ie.indexOf(":");if(Te===-1)return ie;var Le=w[ie.substring(0,Te)];return Le?me===Le?ie.substr(Te+1):Le+ie.substr(Te):(g(Yu(ie.substring(0,Te))),null)}function F(){if(y!==null)return y;var ie,me,Te=z&&w.xmlns,Le=z&&$?[]:null,se=h,ye=d,Ie=ye.length,lt,rt,ut,he,pr={},Yi=new Set,nt,X,te;e:for(;se<Ie;se++)if(nt=!1,X=ye.charCodeAt(se),!(X===32||X<14&&X>8)){for((X<65||X>122||X>90&&X<97)&&X!==95&&X!==58&&(g("illegal first char attribute name"),nt=!0),te=se+1;te<Ie;te++)if(X=ye.charCodeAt(te),!(X>96&&X<123||X>64&&X<91||X>47&&X<59||X===46||X===45||X===95)){if(X===32||X<14&&X>8){g("missing attribute value"),se=te;continue e}if(X===61)break;g("illegal attribute name char"),nt=!0}if(he=ye.substring(se,te),he==="xmlns:xmlns"&&(g("illegal declaration of xmlns"),nt=!0),X=ye.charCodeAt(te+1),X===34)te=ye.indexOf('"',se=te+2),te===-1&&(te=ye.indexOf("'",se),te!==-1&&(g("attribute value quote missmatch"),nt=!0));else if(X===39)te=ye.indexOf("'",se=te+2),te===-1&&(te=ye.indexOf('"',se),te!==-1&&(g("attribute value quote missmatch"),nt=!0));else for(g("missing attribute value quotes"),nt=!0,te=te+1;te<Ie&&(X=ye.charCodeAt(te+1),!(X===32||X<14&&X>8));te++);for(te===-1&&(g("missing closing quotes"),te=Ie,nt=!0),nt||(rt=ye.substring(se,te)),he==="xmlns:xml"&&rt!=="http://www.w3.org/XML/1998/namespace"&&O("illegal value of xmlns:xml"),se=te;te+1<Ie&&(X=ye.charCodeAt(te+1),!(X===32||X<14&&X>8));te++)se===te&&(g("illegal character after attribute end"),nt=!0);if(se=te+1,nt)continue e;if(Yi.has(he)){g("attribute <"+he+"> already defined");continue}if(Yi.add(he),!z){pr[he]=rt;continue}if($){if(lt=he==="xmlns"?"xmlns":he.charCodeAt(0)===120&&he.substr(0,6)==="xmlns:"?he.substr(6):null,lt!==null){if(ie=Kt(rt),me=Pi(lt),ut=D[ie],!ut){if(lt==="xmlns"||me in w&&w[me]!==ie)do ut="ns"+Gt++;while(typeof w[ut]<"u");else ut=lt;D[ie]=ut}w[lt]!==ut&&(ee||(ee=Object.create(null)),Y=null,He=null,Ri(w,ee,lt,ut),lt==="xmlns"&&(Ri(w,ee,Pi(ut),ie),Te=ut),Ri(w,ee,me,ie)),pr[he]=rt;continue}Le.push(he,rt);continue}he=j(he,Te),he!==null&&(pr[he]=rt)}if($)for(se=0,Ie=Le.length;se<Ie;se++)he=j(Le[se++],Te),rt=Le[se],he!==null&&(pr[he]=rt);return y=pr}function G(){for(var ie=/(\r\n|\r|\n)/g,me=0,Te=0,Le=0,se=H,ye,Ie;W>=Le&&(ye=ie.exec(b),!(!ye||(se=ye[0].length+ye.index,se>W)));)me+=1,Le=se;return W==-1?(Te=se,Ie=b.substring(H)):H===0?Ie=b.substring(H,W):(Te=W-Le,Ie=H==-1?b.substring(W):b.substring(W,H+1)),{data:Ie,line:me,column:Te}}for(v=G,t&&(a=Object.create({},{name:wn(function(){return p}),originalName:wn(function(){return l}),attrs:wn(F),ns:wn(function(){return He||(He=Object.assign(Object.create(null),w)),He})}));H!==-1;){if(b.charCodeAt(H)===60?W=H:W=b.indexOf("<",H),W===-1){if(B)return b.substring(H);if(S.length)return O("unexpected end of file");if(!L)return O("missing start tag");H<b.length&&b.substring(H).trim()&&g(La);return}if(L||(L=!0),H!==W){if(S.length){if(r&&(r(b.substring(H,W),Kt,v),Z))return}else if(b.substring(H,W).trim()&&(g(La),Z))return}if(_=b.charCodeAt(W+1),_===33){if(x=b.charCodeAt(W+2),x===91&&b.substr(W+3,6)==="CDATA["){if(H=b.indexOf("]]>",W),H===-1)return B?b.substring(W):O("unclosed cdata");if(o&&(o(b.substring(W+9,H),v),Z))return;H+=3;continue}if(x===45&&b.charCodeAt(W+3)===45){if(H=b.indexOf("-->",W),H===-1)return B?b.substring(W):O("unclosed comment");if(c&&(c(b.substring(W+4,H),Kt,v),Z))return;H+=3;continue}}if(_===63){if(H=b.indexOf("?>",W),H===-1)return B?b.substring(W):O("unclosed question");if(f&&(f(b.substring(W,H+2),v),Z))return;H+=2;continue}for(re=W+1;;re++){if(ne=b.charCodeAt(re),isNaN(ne))return B?b.substring(W):(H=-1,O("unclosed tag"));if(ne===34)x=b.indexOf('"',re+1),re=x!==-1?x:re;else if(ne===39)x=b.indexOf("'",re+1),re=x!==-1?x:re;else if(ne===62){H=re;break}}if(_===33){if(m&&(m(b.substring(W,H+1),Kt,v),Z))return;H+=1;continue}if(y={},_===47){if(We=!1,Be=!0,!S.length)return O("missing open tag");if(re=p=S.pop(),x=W+2+re.length,b.substring(W+2,x)!==re)return O("closing tag mismatch");for(;x<H;x++)if(_=b.charCodeAt(x),!(_===32||_>8&&_<14))return O("close tag")}else{if(b.charCodeAt(H-1)===47?(re=p=b.substring(W+1,H-1),We=!0,Be=!0):(re=p=b.substring(W+1,H),We=!0,Be=!1),!(_>96&&_<123||_>64&&_<91||_===95||_===58))return O("illegal first char nodeName");for(x=1,E=re.length;x<E;x++)if(_=re.charCodeAt(x),!(_>96&&_<123||_>64&&_<91||_>47&&_<59||_===45||_===95||_==46)){if(_===32||_<14&&_>8){p=re.substring(0,x),y=null;break}return O("invalid nodeName")}Be||S.push(p)}if(z){We&&(ee=null,y===null&&($=re.indexOf("xmlns",x)!==-1)&&(h=x,d=re,F(),$=!1),Be||k.push(ee)),l=p,Y===null&&(Y=Object.create(null));var pe=Y[p];if(pe!==void 0)p=pe;else{if(_=p.indexOf(":"),_!==-1){if(Pe=w[p.substring(0,_)],!Pe)return O("missing namespace on <"+l+">");p=p.substr(_+1)}else Pe=w.xmlns;Pe&&(p=Pe+":"+p),Y[l]=p}}if(We&&(h=x,d=re,n&&(t?n(a,Kt,Be,v):n(p,F,Kt,Be,v),Z)))return;if(Be){if(i&&(i(t?a:p,Kt,We,v),Z))return;z&&(We||(ee=k.pop()),ee&&(qu(w,ee),ee=null,Y=null,He=null))}H+=1}}}function Ia(e){return e.xml&&e.xml.tagAlias==="lowerCase"}var Mi={xsi:"http://www.w3.org/2001/XMLSchema-instance",xml:"http://www.w3.org/XML/1998/namespace"},$a="property";function Fa(e){return e.xml&&e.xml.serialize}function Zu(e){let t=Fa(e);return t!==$a&&(t||null)}function Qu(e){return e.charAt(0).toUpperCase()+e.slice(1)}function za(e,t){return Ia(t)?e.prefix+":"+Qu(e.localName):e.name}function Ju(e,t){var r=e.name,n=e.localName,i=t&&t.xml&&t.xml.typePrefix;return i&&n.indexOf(i)===0?e.prefix+":"+n.slice(i.length):r}function ec(e,t,r){let n=_e(e,t.xmlns),i=`${t[n.prefix]||n.prefix}:${n.localName}`,o=_e(i);var s=r.getPackage(o.prefix);return Ju(o,s)}function Ot(e){return new Error(e)}function St(e){return e.$descriptor}function tc(e){C(this,e),this.elementsById=Object.create(null),this.references=[],this.warnings=[],this.addReference=function(t){this.references.push(t)},this.addElement=function(t){if(!t)throw Ot("expected element");var r=this.elementsById,n=St(t),i=n.idProperty,o;if(i&&(o=t.get(i.name),o)){if(!/^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i.test(o))throw new Error("illegal ID <"+o+">");if(r[o])throw Ot("duplicate ID <"+o+">");r[o]=t}},this.addWarning=function(t){this.warnings.push(t)}}function jr(){}jr.prototype.handleEnd=function(){};jr.prototype.handleText=function(){};jr.prototype.handleNode=function(){};function ji(){}ji.prototype=Object.create(jr.prototype);ji.prototype.handleNode=function(){return this};function cr(){}cr.prototype=Object.create(jr.prototype);cr.prototype.handleText=function(e){this.body=(this.body||"")+e};function Nr(e,t){this.property=e,this.context=t}Nr.prototype=Object.create(cr.prototype);Nr.prototype.handleNode=function(e){if(this.element)throw Ot("expected no sub nodes");return this.element=this.createReference(e),this};Nr.prototype.handleEnd=function(){this.element.id=this.body};Nr.prototype.createReference=function(e){return{property:this.property.ns.name,id:""}};function Ni(e,t){this.element=t,this.propertyDesc=e}Ni.prototype=Object.create(cr.prototype);Ni.prototype.handleEnd=function(){var e=this.body||"",t=this.element,r=this.propertyDesc;e=En(r.type,e),r.isMany?t.get(r.name).push(e):t.set(r.name,e)};function An(){}An.prototype=Object.create(cr.prototype);An.prototype.handleNode=function(e){var t=this,r=this.element;return r?t=this.handleChild(e):(r=this.element=this.createElement(e),this.context.addElement(r)),t};function Re(e,t,r){this.model=e,this.type=e.getType(t),this.context=r}Re.prototype=Object.create(An.prototype);Re.prototype.addReference=function(e){this.context.addReference(e)};Re.prototype.handleText=function(e){var t=this.element,r=St(t),n=r.bodyProperty;if(!n)throw Ot("unexpected body text <"+e+">");cr.prototype.handleText.call(this,e)};Re.prototype.handleEnd=function(){var e=this.body,t=this.element,r=St(t),n=r.bodyProperty;n&&e!==void 0&&(e=En(n.type,e),t.set(n.name,e))};Re.prototype.createElement=function(e){var t=e.attributes,r=this.type,n=St(r),i=this.context,o=new r({}),s=this.model,u;return T(t,function(c,f){var m=n.propertiesByName[f],v;m&&m.isReference?m.isMany?(v=c.split(" "),T(v,function(M){i.addReference({element:o,property:m.ns.name,id:M})})):i.addReference({element:o,property:m.ns.name,id:c}):(m?c=En(m.type,c):f==="xmlns"?f=":"+f:(u=_e(f,n.ns.prefix),s.getPackage(u.prefix)&&i.addWarning({message:"unknown attribute <"+f+">",element:o,property:f,value:c})),o.set(f,c))}),o};Re.prototype.getPropertyForNode=function(e){var t=e.name,r=_e(t),n=this.type,i=this.model,o=St(n),s=r.name,u=o.propertiesByName[s];if(u&&!u.isAttr){let f=Zu(u);if(f){let m=e.attributes[f];if(m){let v=ec(m,e.ns,i),M=i.getType(v);return C({},u,{effectiveType:St(M).name})}}return u}var c=i.getPackage(r.prefix);if(c){let f=za(r,c),m=i.getType(f);if(u=ve(o.properties,function(v){return!v.isVirtual&&!v.isReference&&!v.isAttribute&&m.hasType(v.type)}),u)return C({},u,{effectiveType:St(m).name})}else if(u=ve(o.properties,function(f){return!f.isReference&&!f.isAttribute&&f.type==="Element"}),u)return u;throw Ot("unrecognized element <"+r.name+">")};Re.prototype.toString=function(){return"ElementDescriptor["+St(this.type).name+"]"};Re.prototype.valueHandler=function(e,t){return new Ni(e,t)};Re.prototype.referenceHandler=function(e){return new Nr(e,this.context)};Re.prototype.handler=function(e){return e==="Element"?new ur(this.model,e,this.context):new Re(this.model,e,this.context)};Re.prototype.handleChild=function(e){var t,r,n,i;if(t=this.getPropertyForNode(e),n=this.element,r=t.effectiveType||t.type,Ci(r))return this.valueHandler(t,n);t.isReference?i=this.referenceHandler(t).handleNode(e):i=this.handler(r).handleNode(e);var o=i.element;return o!==void 0&&(t.isMany?n.get(t.name).push(o):n.set(t.name,o),t.isReference?(C(o,{element:n}),this.context.addReference(o)):o.$parent=n),i};function Di(e,t,r){Re.call(this,e,t,r)}Di.prototype=Object.create(Re.prototype);Di.prototype.createElement=function(e){var t=e.name,r=_e(t),n=this.model,i=this.type,o=n.getPackage(r.prefix),s=o&&za(r,o)||t;if(!i.hasType(s))throw Ot("unexpected element <"+e.originalName+">");return Re.prototype.createElement.call(this,e)};function ur(e,t,r){this.model=e,this.context=r}ur.prototype=Object.create(An.prototype);ur.prototype.createElement=function(e){var t=e.name,r=_e(t),n=r.prefix,i=e.ns[n+"$uri"],o=e.attributes;return this.model.createAny(t,i,o)};ur.prototype.handleChild=function(e){var t=new ur(this.model,"Element",this.context).handleNode(e),r=this.element,n=t.element,i;return n!==void 0&&(i=r.$children=r.$children||[],i.push(n),n.$parent=r),t};ur.prototype.handleEnd=function(){this.body&&(this.element.$body=this.body)};function Sn(e){e instanceof ze&&(e={model:e}),C(this,{lax:!1},e)}Sn.prototype.fromXML=function(e,t,r){var n=t.rootHandler;t instanceof Re?(n=t,t={}):typeof t=="string"?(n=this.handler(t),t={}):typeof n=="string"&&(n=this.handler(n));var i=this.model,o=this.lax,s=new tc(C({},t,{rootHandler:n})),u=new Ti({proxy:!0}),c=rc();n.context=s,c.push(n);function f(S,D,O){var g=D(),P=g.line,A=g.column,b=g.data;b.charAt(0)==="<"&&b.indexOf(" ")!==-1&&(b=b.slice(0,b.indexOf(" "))+">");var B="unparsable content "+(b?b+" ":"")+`detected
	line: `+P+`
	column: `+A+`
	nested error: `+S.message;if(O)return s.addWarning({message:B,error:S}),!0;throw Ot(B)}function m(S,D){return f(S,D,!0)}function v(){var S=s.elementsById,D=s.references,O,g;for(O=0;g=D[O];O++){var P=g.element,A=S[g.id],b=St(P).propertiesByName[g.property];if(A||s.addWarning({message:"unresolved reference <"+g.id+">",element:g.element,property:g.property,value:g.id}),b.isMany){var B=P.get(b.name),Y=B.indexOf(g);Y===-1&&(Y=B.length),A?B[Y]=A:B.splice(Y,1)}else P.set(b.name,A)}}function M(){c.pop().handleEnd()}var L=/^<\?xml /i,K=/ encoding="([^"]+)"/i,$=/^utf-8$/i;function z(S){if(L.test(S)){var D=K.exec(S),O=D&&D[1];!O||$.test(O)||s.addWarning({message:"unsupported document encoding <"+O+">, falling back to UTF-8"})}}function q(S,D){var O=c.peek();try{c.push(O.handleNode(S))}catch(g){f(g,D,o)&&c.push(new ji)}}function Z(S,D){try{c.peek().handleText(S)}catch(O){m(O,D)}}function k(S,D){S.trim()&&Z(S,D)}var w=i.getPackages().reduce(function(S,D){return S[D.uri]=D.prefix,S},Object.entries(Mi).reduce(function(S,[D,O]){return S[O]=D,S},i.config&&i.config.nsMap||{}));return u.ns(w).on("openTag",function(S,D,O,g){var P=S.attrs||{},A=Object.keys(P).reduce(function(B,Y){var ee=D(P[Y]);return B[Y]=ee,B},{}),b={name:S.name,originalName:S.originalName,attributes:A,ns:S.ns};q(b,g)}).on("question",z).on("closeTag",M).on("cdata",Z).on("text",function(S,D,O){k(D(S),O)}).on("error",f).on("warn",m),new Promise(function(S,D){var O;try{u.parse(e),v()}catch(B){O=B}var g=n.element;!O&&!g&&(O=Ot("failed to parse document as <"+n.type.$descriptor.name+">"));var P=s.warnings,A=s.references,b=s.elementsById;return O?(O.warnings=P,D(O)):S({rootElement:g,elementsById:b,references:A,warnings:P})})};Sn.prototype.handler=function(e){return new Di(this.model,e)};function rc(){var e=[];return Object.defineProperty(e,"peek",{value:function(){return this[this.length-1]}}),e}var nc=`<?xml version="1.0" encoding="UTF-8"?>
`,ic=/<|>|'|"|&|\n\r|\n/g,Va=/<|>|&/g;function Je(e){this.prefixMap={},this.uriMap={},this.used={},this.wellknown=[],this.custom=[],this.parent=e,this.defaultPrefixMap=e&&e.defaultPrefixMap||{}}Je.prototype.mapDefaultPrefixes=function(e){this.defaultPrefixMap=e};Je.prototype.defaultUriByPrefix=function(e){return this.defaultPrefixMap[e]};Je.prototype.resolve=function(e){for(var t=this;t;){var r=e(t);if(r)return r;t=t.parent}};Je.prototype.eachScope=function(e){for(var t=this;t;)e(t),t=t.parent};Je.prototype.byUri=function(e){return this.resolve(function(t){return t.uriMap[e]})};Je.prototype.add=function(e,t){this.uriMap[e.uri]=e,t?this.wellknown.push(e):this.custom.push(e),this.mapPrefix(e.prefix,e.uri)};Je.prototype.uriByPrefix=function(e){var t=e||"xmlns";return this.resolve(function(r){return r.prefixMap[t]})};Je.prototype.mapPrefix=function(e,t){this.prefixMap[e||"xmlns"]=t};Je.prototype.getNSKey=function(e){return e.prefix!==void 0?e.uri+"|"+e.prefix:e.uri};Je.prototype.logUsed=function(e){var t=e.uri,r=this.getNSKey(e),n=this.byUri(t);this.eachScope(function(i){i.used[r]=n})};Je.prototype.getUsed=function(e){var t=[].concat(this.wellknown,this.custom);return t.filter(r=>{var n=this.getNSKey(r);return this.used[n]})};function oc(e){return e.charAt(0).toLowerCase()+e.slice(1)}function ac(e,t){return Ia(t)?oc(e):e}function Ha(e,t){e.super_=t,e.prototype=Object.create(t.prototype,{constructor:{value:e,enumerable:!1,writable:!0,configurable:!0}})}function Wa(e){return Fe(e)?e:(e.prefix?e.prefix+":":"")+e.localName}function sc(e){return e.getUsed().filter(function(t){return t.prefix!=="xml"}).map(function(t){var r="xmlns"+(t.prefix?":"+t.prefix:"");return{name:r,value:Ka(t.uri)}})}function lc(e,t){return t.isGeneric?C({localName:t.ns.localName},e):C({localName:ac(t.ns.localName,t.$pkg)},e)}function uc(e,t){return C({localName:t.ns.localName},e)}function cc(e){var t=e.$descriptor;return ct(t.properties,function(r){var n=r.name;if(r.isVirtual||!vt(e,n))return!1;var i=e[n];return i===r.default||i===null?!1:r.isMany?i.length:!0})}var pc={"\n":"#10","\n\r":"#10",'"':"#34","'":"#39","<":"#60",">":"#62","&":"#38"},fc={"<":"lt",">":"gt","&":"amp"};function Ua(e,t,r){return e=Fe(e)?e:""+e,e.replace(t,function(n){return"&"+r[n]+";"})}function Ka(e){return Ua(e,ic,pc)}function Ya(e){return Ua(e,Va,fc)}function dc(e){return ct(e,function(t){return t.isAttr})}function hc(e){return ct(e,function(t){return!t.isAttr})}function Oi(e){this.tagName=e}Oi.prototype.build=function(e){return this.element=e,this};Oi.prototype.serializeTo=function(e){e.appendIndent().append("<"+this.tagName+">"+Ya(this.element.id)+"</"+this.tagName+">").appendNewLine()};function Yt(){}Yt.prototype.serializeValue=Yt.prototype.serializeTo=function(e){e.append(this.escape?Ya(this.value):this.value)};Yt.prototype.build=function(e,t){return this.value=t,e.type==="String"&&t.search(Va)!==-1&&(this.escape=!0),this};function Bi(e){this.tagName=e}Ha(Bi,Yt);Bi.prototype.serializeTo=function(e){e.appendIndent().append("<"+this.tagName+">"),this.serializeValue(e),e.append("</"+this.tagName+">").appendNewLine()};function ae(e,t){this.body=[],this.attrs=[],this.parent=e,this.propertyDescriptor=t}ae.prototype.build=function(e){return vc(this,e),this};ae.prototype.enter=function(e){this.element=e;var t=e.$descriptor,r=this.propertyDescriptor,n=t.isGeneric;if(n?this.otherAttrs=this.parseGenericNsAttributes(e):this.otherAttrs=this.parseNsAttributes(e),r?this.ns=this.nsPropertyTagName(r):this.ns=this.nsTagName(t),this.tagName=this.addTagName(this.ns),n)return this.collectGenericContainments(e);var i=cc(e);return this.parseAttributes(dc(i)),this.collectContainments(hc(i))};ae.prototype.exit=function(){this.parseGenericAttributes(this.element,this.otherAttrs)};ae.prototype.nsTagName=function(e){var t=this.logNamespaceUsed(e.ns);return lc(t,e)};ae.prototype.nsPropertyTagName=function(e){var t=this.logNamespaceUsed(e.ns);return uc(t,e)};ae.prototype.isLocalNs=function(e){return e.uri===this.ns.uri};ae.prototype.nsAttributeName=function(e){var t;if(Fe(e)?t=_e(e):t=e.ns,e.inherited)return{localName:t.localName};var r=this.logNamespaceUsed(t);return this.getNamespaces().logUsed(r),this.isLocalNs(r)?{localName:t.localName}:C({localName:t.localName},r)};ae.prototype.parseGenericNsAttributes=function(e){return Object.entries(e).filter(([t,r])=>!t.startsWith("$")&&this.parseNsAttribute(e,t,r)).map(([t,r])=>({name:t,value:r}))};ae.prototype.collectGenericContainments=function(e){var t=this,r=[],n=e.$body;n&&r.push({create:function(){return new Yt().build({type:"String"},n)}});var i=e.$children;return i&&T(i,function(o){r.push({create:function(){return new ae(t)},element:o})}),r};ae.prototype.parseNsAttribute=function(e,t,r){var n=e.$model,i=_e(t),o;if(i.prefix==="xmlns"&&(o={prefix:i.localName,uri:r}),!i.prefix&&i.localName==="xmlns"&&(o={uri:r}),!o)return{name:t,value:r};if(n&&n.getPackage(r))this.logNamespace(o,!0,!0);else{var s=this.logNamespaceUsed(o,!0);this.getNamespaces().logUsed(s)}};ae.prototype.parseNsAttributes=function(e){var t=this,r=e.$attrs,n=[];return T(r,function(i,o){var s=t.parseNsAttribute(e,o,i);s&&n.push(s)}),n};ae.prototype.parseGenericAttributes=function(e,t){var r=this;T(t,function(n){try{r.addAttribute(r.nsAttributeName(n.name),n.value)}catch(i){typeof console<"u"&&console.warn(`missing namespace information for <${n.name}=${n.value}> on`,e,i)}})};ae.prototype.collectContainments=function(e){var t=this,r=this.element,n=[];return T(e,function(i){var o=r.get(i.name),s=i.isReference,u=i.isMany;if(u||(o=[o]),i.isBody)n.push({create:function(){return new Yt().build(i,o[0])}});else if(Ci(i.type))T(o,function(f){n.push({create:function(){return new Bi(t.addTagName(t.nsPropertyTagName(i))).build(i,f)}})});else if(s)T(o,function(f){n.push({create:function(){return new Oi(t.addTagName(t.nsPropertyTagName(i))).build(f)}})});else{var c=Fa(i);T(o,function(f){n.push({create:function(){return c?c===$a?new ae(t,i):new kn(t,i,c):new ae(t)},element:f})})}}),n};ae.prototype.getNamespaces=function(e){var t=this.namespaces;if(!t){var r=this.getParentNamespaces();e||!r?this.namespaces=t=new Je(r):t=r}return t};ae.prototype.getParentNamespaces=function(){if(this.parentNamespaces!==void 0)return this.parentNamespaces;for(var e=null,t=this.parent;t;){if(t.namespaces){e=t.namespaces;break}if(t.parentNamespaces!==void 0){e=t.parentNamespaces;break}t=t.parent}return this.parentNamespaces=e};ae.prototype.logNamespace=function(e,t,r){var n=this.getNamespaces(r),i=e.uri,o=e.prefix,s=n.byUri(i);return(!s||r)&&n.add(e,t),n.mapPrefix(o,i),e};ae.prototype.logNamespaceUsed=function(e,t){var r=this.getNamespaces(t),n=e.prefix,i=e.uri,o,s,u;if(!n&&!i)return{localName:e.localName};if(u=r.defaultUriByPrefix(n),i=i||u||r.uriByPrefix(n),!i)throw new Error("no namespace uri given for prefix <"+n+">");if(e=r.byUri(i),!e&&!n&&(e=this.logNamespace({uri:i},u===i,!0)),!e){for(o=n,s=1;r.uriByPrefix(o);)o=n+"_"+s++;e=this.logNamespace({prefix:o,uri:i},u===i)}return n&&r.mapPrefix(n,i),e};ae.prototype.parseAttributes=function(e){var t=this,r=this.element;T(e,function(n){var i=r.get(n.name);if(n.isReference)if(!n.isMany)i=i.id;else{var o=[];T(i,function(s){o.push(s.id)}),i=o.join(" ")}t.addAttribute(t.nsAttributeName(n),i)})};ae.prototype.addTagName=function(e){var t=this.logNamespaceUsed(e);return this.getNamespaces().logUsed(t),Wa(e)};ae.prototype.addAttribute=function(e,t){var r=this.attrs;Fe(t)&&(t=Ka(t));var n=fo(r,function(o){return o.name.localName===e.localName&&o.name.uri===e.uri&&o.name.prefix===e.prefix}),i={name:e,value:t};n!==-1?r.splice(n,1,i):r.push(i)};ae.prototype.serializeAttributes=function(e){var t=this.attrs,r=this.namespaces;r&&(t=sc(r).concat(t)),T(t,function(n){e.append(" ").append(Wa(n.name)).append('="').append(n.value).append('"')})};ae.prototype.serializeTo=function(e){mc(this,e)};function mc(e,t){for(var r=[{serializer:e,index:0,opened:!1,indent:!1}];r.length;){var n=r[r.length-1],i=n.serializer;if(!n.opened){var o=i.body[0];if(n.indent=o&&o.constructor!==Yt,t.appendIndent().append("<"+i.tagName),i.serializeAttributes(t),t.append(o?">":" />"),n.opened=!0,!o){t.appendNewLine(),r.pop();continue}n.indent&&t.appendNewLine().indent()}if(n.index<i.body.length){var s=i.body[n.index++];s instanceof ae?r.push({serializer:s,index:0,opened:!1,indent:!1}):s.serializeTo(t);continue}n.indent&&t.unindent().appendIndent(),t.append("</"+i.tagName+">").appendNewLine(),r.pop()}}function kn(e,t,r){ae.call(this,e,t),this.serialization=r}Ha(kn,ae);kn.prototype.parseNsAttributes=function(e){var t=ae.prototype.parseNsAttributes.call(this,e).filter(s=>s.name!==this.serialization),r=e.$descriptor;if(r.name===this.propertyDescriptor.type)return t;var n=this.typeNs=this.nsTagName(r);this.getNamespaces().logUsed(this.typeNs);var i=e.$model.getPackage(n.uri),o=i.xml&&i.xml.typePrefix||"";return this.addAttribute(this.nsAttributeName(this.serialization),(n.prefix?n.prefix+":":"")+o+r.ns.localName),t};kn.prototype.isLocalNs=function(e){return e.uri===(this.typeNs||this.ns).uri};function yc(){this.value="",this.write=function(e){this.value+=e}}function gc(e,t){var r=[""];this.append=function(n){return e.write(n),this},this.appendNewLine=function(){return t&&e.write(`
`),this},this.appendIndent=function(){return t&&e.write(r.join("  ")),this},this.indent=function(){return r.push(""),this},this.unindent=function(){return r.pop(),this}}function qa(e){e=C({format:!1,preamble:!0},e||{});function t(r,n){var i=n||new yc,o=new gc(i,e.format);e.preamble&&o.append(nc);var s=new ae,u=r.$model;if(s.getNamespaces().mapDefaultPrefixes(bc(u)),s.build(r).serializeTo(o),!n)return i.value}return{toXML:t}}function vc(e,t){for(var r=[{serializer:e,children:e.enter(t),index:0}];r.length;){var n=r[r.length-1];if(n.index>=n.children.length){n.serializer.exit(),r.pop();continue}var i=n.children[n.index++],o=i.create();n.serializer.body.push(o),i.element&&r.push({serializer:o,children:o.enter(i.element),index:0})}}function bc(e){let t=e.config&&e.config.nsMap||{},r={};for(let n in Mi)r[n]=Mi[n];for(let n in t){let i=t[n];r[i]=n}for(let n of e.getPackages())r[n.prefix]=n.uri;return r}function Cn(e,t){ze.call(this,e,t)}Cn.prototype=Object.create(ze.prototype);Cn.prototype.fromXML=function(e,t,r){Fe(t)||(r=t,t="bpmn:Definitions");var n=new Sn(C({model:this,lax:!0},r)),i=n.handler(t);return n.fromXML(e,i)};Cn.prototype.toXML=function(e,t){var r=new qa(t);return new Promise(function(n,i){try{var o=r.toXML(e);return n({xml:o})}catch(s){return i(s)}})};var xc="BPMN20",Ec="http://www.omg.org/spec/BPMN/20100524/MODEL",wc="bpmn",_c=[],Ac=[{name:"Interface",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"operations",type:"Operation",isMany:!0},{name:"implementationRef",isAttr:!0,type:"String"}]},{name:"Operation",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"inMessageRef",type:"Message",isReference:!0},{name:"outMessageRef",type:"Message",isReference:!0},{name:"errorRef",type:"Error",isMany:!0,isReference:!0},{name:"implementationRef",isAttr:!0,type:"String"}]},{name:"EndPoint",superClass:["RootElement"]},{name:"Auditing",superClass:["BaseElement"]},{name:"GlobalTask",superClass:["CallableElement"],properties:[{name:"resources",type:"ResourceRole",isMany:!0}]},{name:"Monitoring",superClass:["BaseElement"]},{name:"Performer",superClass:["ResourceRole"]},{name:"Process",superClass:["FlowElementsContainer","CallableElement"],properties:[{name:"processType",type:"ProcessType",isAttr:!0},{name:"isClosed",isAttr:!0,type:"Boolean"},{name:"auditing",type:"Auditing"},{name:"monitoring",type:"Monitoring"},{name:"properties",type:"Property",isMany:!0},{name:"laneSets",isMany:!0,replaces:"FlowElementsContainer#laneSets",type:"LaneSet"},{name:"flowElements",isMany:!0,replaces:"FlowElementsContainer#flowElements",type:"FlowElement"},{name:"artifacts",type:"Artifact",isMany:!0},{name:"resources",type:"ResourceRole",isMany:!0},{name:"correlationSubscriptions",type:"CorrelationSubscription",isMany:!0},{name:"supports",type:"Process",isMany:!0,isReference:!0},{name:"definitionalCollaborationRef",type:"Collaboration",isAttr:!0,isReference:!0},{name:"isExecutable",isAttr:!0,type:"Boolean"}]},{name:"LaneSet",superClass:["BaseElement"],properties:[{name:"lanes",type:"Lane",isMany:!0},{name:"name",isAttr:!0,type:"String"}]},{name:"Lane",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"partitionElementRef",type:"BaseElement",isAttr:!0,isReference:!0},{name:"partitionElement",type:"BaseElement"},{name:"flowNodeRef",type:"FlowNode",isMany:!0,isReference:!0},{name:"childLaneSet",type:"LaneSet",xml:{serialize:"xsi:type"}}]},{name:"GlobalManualTask",superClass:["GlobalTask"]},{name:"ManualTask",superClass:["Task"]},{name:"UserTask",superClass:["Task"],properties:[{name:"renderings",type:"Rendering",isMany:!0},{name:"implementation",isAttr:!0,type:"String"}]},{name:"Rendering",superClass:["BaseElement"]},{name:"HumanPerformer",superClass:["Performer"]},{name:"PotentialOwner",superClass:["HumanPerformer"]},{name:"GlobalUserTask",superClass:["GlobalTask"],properties:[{name:"implementation",isAttr:!0,type:"String"},{name:"renderings",type:"Rendering",isMany:!0}]},{name:"Gateway",isAbstract:!0,superClass:["FlowNode"],properties:[{name:"gatewayDirection",type:"GatewayDirection",default:"Unspecified",isAttr:!0}]},{name:"EventBasedGateway",superClass:["Gateway"],properties:[{name:"instantiate",default:!1,isAttr:!0,type:"Boolean"},{name:"eventGatewayType",type:"EventBasedGatewayType",isAttr:!0,default:"Exclusive"}]},{name:"ComplexGateway",superClass:["Gateway"],properties:[{name:"activationCondition",type:"Expression",xml:{serialize:"xsi:type"}},{name:"default",type:"SequenceFlow",isAttr:!0,isReference:!0}]},{name:"ExclusiveGateway",superClass:["Gateway"],properties:[{name:"default",type:"SequenceFlow",isAttr:!0,isReference:!0}]},{name:"InclusiveGateway",superClass:["Gateway"],properties:[{name:"default",type:"SequenceFlow",isAttr:!0,isReference:!0}]},{name:"ParallelGateway",superClass:["Gateway"]},{name:"RootElement",isAbstract:!0,superClass:["BaseElement"]},{name:"Relationship",superClass:["BaseElement"],properties:[{name:"type",isAttr:!0,type:"String"},{name:"direction",type:"RelationshipDirection",isAttr:!0},{name:"source",isMany:!0,isReference:!0,type:"Element"},{name:"target",isMany:!0,isReference:!0,type:"Element"}]},{name:"BaseElement",isAbstract:!0,properties:[{name:"id",isAttr:!0,type:"String",isId:!0},{name:"documentation",type:"Documentation",isMany:!0},{name:"extensionDefinitions",type:"ExtensionDefinition",isMany:!0,isReference:!0},{name:"extensionElements",type:"ExtensionElements"}]},{name:"Extension",properties:[{name:"mustUnderstand",default:!1,isAttr:!0,type:"Boolean"},{name:"definition",type:"ExtensionDefinition",isAttr:!0,isReference:!0}]},{name:"ExtensionDefinition",properties:[{name:"name",isAttr:!0,type:"String"},{name:"extensionAttributeDefinitions",type:"ExtensionAttributeDefinition",isMany:!0}]},{name:"ExtensionAttributeDefinition",properties:[{name:"name",isAttr:!0,type:"String"},{name:"type",isAttr:!0,type:"String"},{name:"isReference",default:!1,isAttr:!0,type:"Boolean"},{name:"extensionDefinition",type:"ExtensionDefinition",isAttr:!0,isReference:!0}]},{name:"ExtensionElements",properties:[{name:"valueRef",isAttr:!0,isReference:!0,type:"Element"},{name:"values",type:"Element",isMany:!0},{name:"extensionAttributeDefinition",type:"ExtensionAttributeDefinition",isAttr:!0,isReference:!0}]},{name:"Documentation",superClass:["BaseElement"],properties:[{name:"text",type:"String",isBody:!0},{name:"textFormat",default:"text/plain",isAttr:!0,type:"String"}]},{name:"Event",isAbstract:!0,superClass:["FlowNode","InteractionNode"],properties:[{name:"properties",type:"Property",isMany:!0}]},{name:"IntermediateCatchEvent",superClass:["CatchEvent"]},{name:"IntermediateThrowEvent",superClass:["ThrowEvent"]},{name:"EndEvent",superClass:["ThrowEvent"]},{name:"StartEvent",superClass:["CatchEvent"],properties:[{name:"isInterrupting",default:!0,isAttr:!0,type:"Boolean"}]},{name:"ThrowEvent",isAbstract:!0,superClass:["Event"],properties:[{name:"dataInputs",type:"DataInput",isMany:!0},{name:"dataInputAssociations",type:"DataInputAssociation",isMany:!0},{name:"inputSet",type:"InputSet"},{name:"eventDefinitions",type:"EventDefinition",isMany:!0},{name:"eventDefinitionRef",type:"EventDefinition",isMany:!0,isReference:!0}]},{name:"CatchEvent",isAbstract:!0,superClass:["Event"],properties:[{name:"parallelMultiple",isAttr:!0,type:"Boolean",default:!1},{name:"dataOutputs",type:"DataOutput",isMany:!0},{name:"dataOutputAssociations",type:"DataOutputAssociation",isMany:!0},{name:"outputSet",type:"OutputSet"},{name:"eventDefinitions",type:"EventDefinition",isMany:!0},{name:"eventDefinitionRef",type:"EventDefinition",isMany:!0,isReference:!0}]},{name:"BoundaryEvent",superClass:["CatchEvent"],properties:[{name:"cancelActivity",default:!0,isAttr:!0,type:"Boolean"},{name:"attachedToRef",type:"Activity",isAttr:!0,isReference:!0}]},{name:"EventDefinition",isAbstract:!0,superClass:["RootElement"]},{name:"CancelEventDefinition",superClass:["EventDefinition"]},{name:"ErrorEventDefinition",superClass:["EventDefinition"],properties:[{name:"errorRef",type:"Error",isAttr:!0,isReference:!0}]},{name:"TerminateEventDefinition",superClass:["EventDefinition"]},{name:"EscalationEventDefinition",superClass:["EventDefinition"],properties:[{name:"escalationRef",type:"Escalation",isAttr:!0,isReference:!0}]},{name:"Escalation",properties:[{name:"structureRef",type:"ItemDefinition",isAttr:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"},{name:"escalationCode",isAttr:!0,type:"String"}],superClass:["RootElement"]},{name:"CompensateEventDefinition",superClass:["EventDefinition"],properties:[{name:"waitForCompletion",isAttr:!0,type:"Boolean",default:!0},{name:"activityRef",type:"Activity",isAttr:!0,isReference:!0}]},{name:"TimerEventDefinition",superClass:["EventDefinition"],properties:[{name:"timeDate",type:"Expression",xml:{serialize:"xsi:type"}},{name:"timeCycle",type:"Expression",xml:{serialize:"xsi:type"}},{name:"timeDuration",type:"Expression",xml:{serialize:"xsi:type"}}]},{name:"LinkEventDefinition",superClass:["EventDefinition"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"target",type:"LinkEventDefinition",isReference:!0},{name:"source",type:"LinkEventDefinition",isMany:!0,isReference:!0}]},{name:"MessageEventDefinition",superClass:["EventDefinition"],properties:[{name:"messageRef",type:"Message",isAttr:!0,isReference:!0},{name:"operationRef",type:"Operation",isReference:!0}]},{name:"ConditionalEventDefinition",superClass:["EventDefinition"],properties:[{name:"condition",type:"Expression",xml:{serialize:"xsi:type"}}]},{name:"SignalEventDefinition",superClass:["EventDefinition"],properties:[{name:"signalRef",type:"Signal",isAttr:!0,isReference:!0}]},{name:"Signal",superClass:["RootElement"],properties:[{name:"structureRef",type:"ItemDefinition",isAttr:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"}]},{name:"ImplicitThrowEvent",superClass:["ThrowEvent"]},{name:"DataState",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"}]},{name:"ItemAwareElement",superClass:["BaseElement"],properties:[{name:"itemSubjectRef",type:"ItemDefinition",isAttr:!0,isReference:!0},{name:"dataState",type:"DataState"}]},{name:"DataAssociation",superClass:["BaseElement"],properties:[{name:"sourceRef",type:"ItemAwareElement",isMany:!0,isReference:!0},{name:"targetRef",type:"ItemAwareElement",isReference:!0},{name:"transformation",type:"FormalExpression",xml:{serialize:"property"}},{name:"assignment",type:"Assignment",isMany:!0}]},{name:"DataInput",superClass:["ItemAwareElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"isCollection",default:!1,isAttr:!0,type:"Boolean"},{name:"inputSetRef",type:"InputSet",isMany:!0,isVirtual:!0,isReference:!0},{name:"inputSetWithOptional",type:"InputSet",isMany:!0,isVirtual:!0,isReference:!0},{name:"inputSetWithWhileExecuting",type:"InputSet",isMany:!0,isVirtual:!0,isReference:!0}]},{name:"DataOutput",superClass:["ItemAwareElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"isCollection",default:!1,isAttr:!0,type:"Boolean"},{name:"outputSetRef",type:"OutputSet",isMany:!0,isVirtual:!0,isReference:!0},{name:"outputSetWithOptional",type:"OutputSet",isMany:!0,isVirtual:!0,isReference:!0},{name:"outputSetWithWhileExecuting",type:"OutputSet",isMany:!0,isVirtual:!0,isReference:!0}]},{name:"InputSet",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"dataInputRefs",type:"DataInput",isMany:!0,isReference:!0},{name:"optionalInputRefs",type:"DataInput",isMany:!0,isReference:!0},{name:"whileExecutingInputRefs",type:"DataInput",isMany:!0,isReference:!0},{name:"outputSetRefs",type:"OutputSet",isMany:!0,isReference:!0}]},{name:"OutputSet",superClass:["BaseElement"],properties:[{name:"dataOutputRefs",type:"DataOutput",isMany:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"},{name:"inputSetRefs",type:"InputSet",isMany:!0,isReference:!0},{name:"optionalOutputRefs",type:"DataOutput",isMany:!0,isReference:!0},{name:"whileExecutingOutputRefs",type:"DataOutput",isMany:!0,isReference:!0}]},{name:"Property",superClass:["ItemAwareElement"],properties:[{name:"name",isAttr:!0,type:"String"}]},{name:"DataInputAssociation",superClass:["DataAssociation"]},{name:"DataOutputAssociation",superClass:["DataAssociation"]},{name:"InputOutputSpecification",superClass:["BaseElement"],properties:[{name:"dataInputs",type:"DataInput",isMany:!0},{name:"dataOutputs",type:"DataOutput",isMany:!0},{name:"inputSets",type:"InputSet",isMany:!0},{name:"outputSets",type:"OutputSet",isMany:!0}]},{name:"DataObject",superClass:["FlowElement","ItemAwareElement"],properties:[{name:"isCollection",default:!1,isAttr:!0,type:"Boolean"}]},{name:"InputOutputBinding",properties:[{name:"inputDataRef",type:"InputSet",isAttr:!0,isReference:!0},{name:"outputDataRef",type:"OutputSet",isAttr:!0,isReference:!0},{name:"operationRef",type:"Operation",isAttr:!0,isReference:!0}]},{name:"Assignment",superClass:["BaseElement"],properties:[{name:"from",type:"Expression",xml:{serialize:"xsi:type"}},{name:"to",type:"Expression",xml:{serialize:"xsi:type"}}]},{name:"DataStore",superClass:["RootElement","ItemAwareElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"capacity",isAttr:!0,type:"Integer"},{name:"isUnlimited",default:!0,isAttr:!0,type:"Boolean"}]},{name:"DataStoreReference",superClass:["ItemAwareElement","FlowElement"],properties:[{name:"dataStoreRef",type:"DataStore",isAttr:!0,isReference:!0}]},{name:"DataObjectReference",superClass:["ItemAwareElement","FlowElement"],properties:[{name:"dataObjectRef",type:"DataObject",isAttr:!0,isReference:!0}]},{name:"ConversationLink",superClass:["BaseElement"],properties:[{name:"sourceRef",type:"InteractionNode",isAttr:!0,isReference:!0},{name:"targetRef",type:"InteractionNode",isAttr:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"}]},{name:"ConversationAssociation",superClass:["BaseElement"],properties:[{name:"innerConversationNodeRef",type:"ConversationNode",isAttr:!0,isReference:!0},{name:"outerConversationNodeRef",type:"ConversationNode",isAttr:!0,isReference:!0}]},{name:"CallConversation",superClass:["ConversationNode"],properties:[{name:"calledCollaborationRef",type:"Collaboration",isAttr:!0,isReference:!0},{name:"participantAssociations",type:"ParticipantAssociation",isMany:!0}]},{name:"Conversation",superClass:["ConversationNode"]},{name:"SubConversation",superClass:["ConversationNode"],properties:[{name:"conversationNodes",type:"ConversationNode",isMany:!0}]},{name:"ConversationNode",isAbstract:!0,superClass:["InteractionNode","BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"participantRef",type:"Participant",isMany:!0,isReference:!0},{name:"messageFlowRefs",type:"MessageFlow",isMany:!0,isReference:!0},{name:"correlationKeys",type:"CorrelationKey",isMany:!0}]},{name:"GlobalConversation",superClass:["Collaboration"]},{name:"PartnerEntity",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"participantRef",type:"Participant",isMany:!0,isReference:!0}]},{name:"PartnerRole",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"participantRef",type:"Participant",isMany:!0,isReference:!0}]},{name:"CorrelationProperty",superClass:["RootElement"],properties:[{name:"correlationPropertyRetrievalExpression",type:"CorrelationPropertyRetrievalExpression",isMany:!0},{name:"name",isAttr:!0,type:"String"},{name:"type",type:"ItemDefinition",isAttr:!0,isReference:!0}]},{name:"Error",superClass:["RootElement"],properties:[{name:"structureRef",type:"ItemDefinition",isAttr:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"},{name:"errorCode",isAttr:!0,type:"String"}]},{name:"CorrelationKey",superClass:["BaseElement"],properties:[{name:"correlationPropertyRef",type:"CorrelationProperty",isMany:!0,isReference:!0},{name:"name",isAttr:!0,type:"String"}]},{name:"Expression",superClass:["BaseElement"],isAbstract:!1,properties:[{name:"body",isBody:!0,type:"String"}]},{name:"FormalExpression",superClass:["Expression"],properties:[{name:"language",isAttr:!0,type:"String"},{name:"evaluatesToTypeRef",type:"ItemDefinition",isAttr:!0,isReference:!0}]},{name:"Message",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"itemRef",type:"ItemDefinition",isAttr:!0,isReference:!0}]},{name:"ItemDefinition",superClass:["RootElement"],properties:[{name:"itemKind",type:"ItemKind",isAttr:!0},{name:"structureRef",isAttr:!0,type:"String"},{name:"isCollection",default:!1,isAttr:!0,type:"Boolean"},{name:"import",type:"Import",isAttr:!0,isReference:!0}]},{name:"FlowElement",isAbstract:!0,superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"auditing",type:"Auditing"},{name:"monitoring",type:"Monitoring"},{name:"categoryValueRef",type:"CategoryValue",isMany:!0,isReference:!0}]},{name:"SequenceFlow",superClass:["FlowElement"],properties:[{name:"isImmediate",isAttr:!0,type:"Boolean"},{name:"conditionExpression",type:"Expression",xml:{serialize:"xsi:type"}},{name:"sourceRef",type:"FlowNode",isAttr:!0,isReference:!0},{name:"targetRef",type:"FlowNode",isAttr:!0,isReference:!0}]},{name:"FlowElementsContainer",isAbstract:!0,superClass:["BaseElement"],properties:[{name:"laneSets",type:"LaneSet",isMany:!0},{name:"flowElements",type:"FlowElement",isMany:!0}]},{name:"CallableElement",isAbstract:!0,superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"ioSpecification",type:"InputOutputSpecification",xml:{serialize:"property"}},{name:"supportedInterfaceRef",type:"Interface",isMany:!0,isReference:!0},{name:"ioBinding",type:"InputOutputBinding",isMany:!0,xml:{serialize:"property"}}]},{name:"FlowNode",isAbstract:!0,superClass:["FlowElement"],properties:[{name:"incoming",type:"SequenceFlow",isMany:!0,isReference:!0},{name:"outgoing",type:"SequenceFlow",isMany:!0,isReference:!0},{name:"lanes",type:"Lane",isMany:!0,isVirtual:!0,isReference:!0}]},{name:"CorrelationPropertyRetrievalExpression",superClass:["BaseElement"],properties:[{name:"messagePath",type:"FormalExpression"},{name:"messageRef",type:"Message",isAttr:!0,isReference:!0}]},{name:"CorrelationPropertyBinding",superClass:["BaseElement"],properties:[{name:"dataPath",type:"FormalExpression"},{name:"correlationPropertyRef",type:"CorrelationProperty",isAttr:!0,isReference:!0}]},{name:"Resource",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"resourceParameters",type:"ResourceParameter",isMany:!0}]},{name:"ResourceParameter",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"isRequired",isAttr:!0,type:"Boolean"},{name:"type",type:"ItemDefinition",isAttr:!0,isReference:!0}]},{name:"CorrelationSubscription",superClass:["BaseElement"],properties:[{name:"correlationKeyRef",type:"CorrelationKey",isAttr:!0,isReference:!0},{name:"correlationPropertyBinding",type:"CorrelationPropertyBinding",isMany:!0}]},{name:"MessageFlow",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"sourceRef",type:"InteractionNode",isAttr:!0,isReference:!0},{name:"targetRef",type:"InteractionNode",isAttr:!0,isReference:!0},{name:"messageRef",type:"Message",isAttr:!0,isReference:!0}]},{name:"MessageFlowAssociation",superClass:["BaseElement"],properties:[{name:"innerMessageFlowRef",type:"MessageFlow",isAttr:!0,isReference:!0},{name:"outerMessageFlowRef",type:"MessageFlow",isAttr:!0,isReference:!0}]},{name:"InteractionNode",isAbstract:!0,properties:[{name:"incomingConversationLinks",type:"ConversationLink",isMany:!0,isVirtual:!0,isReference:!0},{name:"outgoingConversationLinks",type:"ConversationLink",isMany:!0,isVirtual:!0,isReference:!0}]},{name:"Participant",superClass:["InteractionNode","BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"interfaceRef",type:"Interface",isMany:!0,isReference:!0},{name:"participantMultiplicity",type:"ParticipantMultiplicity"},{name:"endPointRefs",type:"EndPoint",isMany:!0,isReference:!0},{name:"processRef",type:"Process",isAttr:!0,isReference:!0}]},{name:"ParticipantAssociation",superClass:["BaseElement"],properties:[{name:"innerParticipantRef",type:"Participant",isAttr:!0,isReference:!0},{name:"outerParticipantRef",type:"Participant",isAttr:!0,isReference:!0}]},{name:"ParticipantMultiplicity",properties:[{name:"minimum",default:0,isAttr:!0,type:"Integer"},{name:"maximum",default:1,isAttr:!0,type:"Integer"}],superClass:["BaseElement"]},{name:"Collaboration",superClass:["RootElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"isClosed",isAttr:!0,type:"Boolean"},{name:"participants",type:"Participant",isMany:!0},{name:"messageFlows",type:"MessageFlow",isMany:!0},{name:"artifacts",type:"Artifact",isMany:!0},{name:"conversations",type:"ConversationNode",isMany:!0},{name:"conversationAssociations",type:"ConversationAssociation"},{name:"participantAssociations",type:"ParticipantAssociation",isMany:!0},{name:"messageFlowAssociations",type:"MessageFlowAssociation",isMany:!0},{name:"correlationKeys",type:"CorrelationKey",isMany:!0},{name:"choreographyRef",type:"Choreography",isMany:!0,isReference:!0},{name:"conversationLinks",type:"ConversationLink",isMany:!0}]},{name:"ChoreographyActivity",isAbstract:!0,superClass:["FlowNode"],properties:[{name:"participantRef",type:"Participant",isMany:!0,isReference:!0},{name:"initiatingParticipantRef",type:"Participant",isAttr:!0,isReference:!0},{name:"correlationKeys",type:"CorrelationKey",isMany:!0},{name:"loopType",type:"ChoreographyLoopType",default:"None",isAttr:!0}]},{name:"CallChoreography",superClass:["ChoreographyActivity"],properties:[{name:"calledChoreographyRef",type:"Choreography",isAttr:!0,isReference:!0},{name:"participantAssociations",type:"ParticipantAssociation",isMany:!0}]},{name:"SubChoreography",superClass:["ChoreographyActivity","FlowElementsContainer"],properties:[{name:"artifacts",type:"Artifact",isMany:!0}]},{name:"ChoreographyTask",superClass:["ChoreographyActivity"],properties:[{name:"messageFlowRef",type:"MessageFlow",isMany:!0,isReference:!0}]},{name:"Choreography",superClass:["Collaboration","FlowElementsContainer"]},{name:"GlobalChoreographyTask",superClass:["Choreography"],properties:[{name:"initiatingParticipantRef",type:"Participant",isAttr:!0,isReference:!0}]},{name:"TextAnnotation",superClass:["Artifact"],properties:[{name:"text",type:"String"},{name:"textFormat",default:"text/plain",isAttr:!0,type:"String"}]},{name:"Group",superClass:["Artifact"],properties:[{name:"categoryValueRef",type:"CategoryValue",isAttr:!0,isReference:!0}]},{name:"Association",superClass:["Artifact"],properties:[{name:"associationDirection",type:"AssociationDirection",isAttr:!0},{name:"sourceRef",type:"BaseElement",isAttr:!0,isReference:!0},{name:"targetRef",type:"BaseElement",isAttr:!0,isReference:!0}]},{name:"Category",superClass:["RootElement"],properties:[{name:"categoryValue",type:"CategoryValue",isMany:!0},{name:"name",isAttr:!0,type:"String"}]},{name:"Artifact",isAbstract:!0,superClass:["BaseElement"]},{name:"CategoryValue",superClass:["BaseElement"],properties:[{name:"categorizedFlowElements",type:"FlowElement",isMany:!0,isVirtual:!0,isReference:!0},{name:"value",isAttr:!0,type:"String"}]},{name:"Activity",isAbstract:!0,superClass:["FlowNode"],properties:[{name:"isForCompensation",default:!1,isAttr:!0,type:"Boolean"},{name:"default",type:"SequenceFlow",isAttr:!0,isReference:!0},{name:"ioSpecification",type:"InputOutputSpecification",xml:{serialize:"property"}},{name:"boundaryEventRefs",type:"BoundaryEvent",isMany:!0,isReference:!0},{name:"properties",type:"Property",isMany:!0},{name:"dataInputAssociations",type:"DataInputAssociation",isMany:!0},{name:"dataOutputAssociations",type:"DataOutputAssociation",isMany:!0},{name:"startQuantity",default:1,isAttr:!0,type:"Integer"},{name:"resources",type:"ResourceRole",isMany:!0},{name:"completionQuantity",default:1,isAttr:!0,type:"Integer"},{name:"loopCharacteristics",type:"LoopCharacteristics"}]},{name:"ServiceTask",superClass:["Task"],properties:[{name:"implementation",isAttr:!0,type:"String"},{name:"operationRef",type:"Operation",isAttr:!0,isReference:!0}]},{name:"SubProcess",superClass:["Activity","FlowElementsContainer","InteractionNode"],properties:[{name:"triggeredByEvent",default:!1,isAttr:!0,type:"Boolean"},{name:"artifacts",type:"Artifact",isMany:!0}]},{name:"LoopCharacteristics",isAbstract:!0,superClass:["BaseElement"]},{name:"MultiInstanceLoopCharacteristics",superClass:["LoopCharacteristics"],properties:[{name:"isSequential",default:!1,isAttr:!0,type:"Boolean"},{name:"behavior",type:"MultiInstanceBehavior",default:"All",isAttr:!0},{name:"loopCardinality",type:"Expression",xml:{serialize:"xsi:type"}},{name:"loopDataInputRef",type:"ItemAwareElement",isReference:!0},{name:"loopDataOutputRef",type:"ItemAwareElement",isReference:!0},{name:"inputDataItem",type:"DataInput",xml:{serialize:"property"}},{name:"outputDataItem",type:"DataOutput",xml:{serialize:"property"}},{name:"complexBehaviorDefinition",type:"ComplexBehaviorDefinition",isMany:!0},{name:"completionCondition",type:"Expression",xml:{serialize:"xsi:type"}},{name:"oneBehaviorEventRef",type:"EventDefinition",isAttr:!0,isReference:!0},{name:"noneBehaviorEventRef",type:"EventDefinition",isAttr:!0,isReference:!0}]},{name:"StandardLoopCharacteristics",superClass:["LoopCharacteristics"],properties:[{name:"testBefore",default:!1,isAttr:!0,type:"Boolean"},{name:"loopCondition",type:"Expression",xml:{serialize:"xsi:type"}},{name:"loopMaximum",type:"Integer",isAttr:!0}]},{name:"CallActivity",superClass:["Activity","InteractionNode"],properties:[{name:"calledElement",type:"String",isAttr:!0}]},{name:"Task",superClass:["Activity","InteractionNode"]},{name:"SendTask",superClass:["Task"],properties:[{name:"implementation",isAttr:!0,type:"String"},{name:"operationRef",type:"Operation",isAttr:!0,isReference:!0},{name:"messageRef",type:"Message",isAttr:!0,isReference:!0}]},{name:"ReceiveTask",superClass:["Task"],properties:[{name:"implementation",isAttr:!0,type:"String"},{name:"instantiate",default:!1,isAttr:!0,type:"Boolean"},{name:"operationRef",type:"Operation",isAttr:!0,isReference:!0},{name:"messageRef",type:"Message",isAttr:!0,isReference:!0}]},{name:"ScriptTask",superClass:["Task"],properties:[{name:"scriptFormat",isAttr:!0,type:"String"},{name:"script",type:"String"}]},{name:"BusinessRuleTask",superClass:["Task"],properties:[{name:"implementation",isAttr:!0,type:"String"}]},{name:"AdHocSubProcess",superClass:["SubProcess"],properties:[{name:"completionCondition",type:"Expression",xml:{serialize:"xsi:type"}},{name:"ordering",type:"AdHocOrdering",isAttr:!0},{name:"cancelRemainingInstances",default:!0,isAttr:!0,type:"Boolean"}]},{name:"Transaction",superClass:["SubProcess"],properties:[{name:"protocol",isAttr:!0,type:"String"},{name:"method",isAttr:!0,type:"String"}]},{name:"GlobalScriptTask",superClass:["GlobalTask"],properties:[{name:"scriptLanguage",isAttr:!0,type:"String"},{name:"script",isAttr:!0,type:"String"}]},{name:"GlobalBusinessRuleTask",superClass:["GlobalTask"],properties:[{name:"implementation",isAttr:!0,type:"String"}]},{name:"ComplexBehaviorDefinition",superClass:["BaseElement"],properties:[{name:"condition",type:"FormalExpression"},{name:"event",type:"ImplicitThrowEvent"}]},{name:"ResourceRole",superClass:["BaseElement"],properties:[{name:"resourceRef",type:"Resource",isReference:!0},{name:"resourceParameterBindings",type:"ResourceParameterBinding",isMany:!0},{name:"resourceAssignmentExpression",type:"ResourceAssignmentExpression"},{name:"name",isAttr:!0,type:"String"}]},{name:"ResourceParameterBinding",properties:[{name:"expression",type:"Expression",xml:{serialize:"xsi:type"}},{name:"parameterRef",type:"ResourceParameter",isAttr:!0,isReference:!0}],superClass:["BaseElement"]},{name:"ResourceAssignmentExpression",properties:[{name:"expression",type:"Expression",xml:{serialize:"xsi:type"}}],superClass:["BaseElement"]},{name:"Import",properties:[{name:"importType",isAttr:!0,type:"String"},{name:"location",isAttr:!0,type:"String"},{name:"namespace",isAttr:!0,type:"String"}]},{name:"Definitions",superClass:["BaseElement"],properties:[{name:"name",isAttr:!0,type:"String"},{name:"targetNamespace",isAttr:!0,type:"String"},{name:"expressionLanguage",default:"http://www.w3.org/1999/XPath",isAttr:!0,type:"String"},{name:"typeLanguage",default:"http://www.w3.org/2001/XMLSchema",isAttr:!0,type:"String"},{name:"imports",type:"Import",isMany:!0},{name:"extensions",type:"Extension",isMany:!0},{name:"rootElements",type:"RootElement",isMany:!0},{name:"diagrams",isMany:!0,type:"bpmndi:BPMNDiagram"},{name:"exporter",isAttr:!0,type:"String"},{name:"relationships",type:"Relationship",isMany:!0},{name:"exporterVersion",isAttr:!0,type:"String"}]}],Sc=[{name:"ProcessType",literalValues:[{name:"None"},{name:"Public"},{name:"Private"}]},{name:"GatewayDirection",literalValues:[{name:"Unspecified"},{name:"Converging"},{name:"Diverging"},{name:"Mixed"}]},{name:"EventBasedGatewayType",literalValues:[{name:"Parallel"},{name:"Exclusive"}]},{name:"RelationshipDirection",literalValues:[{name:"None"},{name:"Forward"},{name:"Backward"},{name:"Both"}]},{name:"ItemKind",literalValues:[{name:"Physical"},{name:"Information"}]},{name:"ChoreographyLoopType",literalValues:[{name:"None"},{name:"Standard"},{name:"MultiInstanceSequential"},{name:"MultiInstanceParallel"}]},{name:"AssociationDirection",literalValues:[{name:"None"},{name:"One"},{name:"Both"}]},{name:"MultiInstanceBehavior",literalValues:[{name:"None"},{name:"One"},{name:"All"},{name:"Complex"}]},{name:"AdHocOrdering",literalValues:[{name:"Parallel"},{name:"Sequential"}]}],kc={tagAlias:"lowerCase",typePrefix:"t"},Cc={name:xc,uri:Ec,prefix:wc,associations:_c,types:Ac,enumerations:Sc,xml:kc},Rc="BPMNDI",Pc="http://www.omg.org/spec/BPMN/20100524/DI",Tc="bpmndi",Mc=[{name:"BPMNDiagram",properties:[{name:"plane",type:"BPMNPlane",redefines:"di:Diagram#rootElement"},{name:"labelStyle",type:"BPMNLabelStyle",isMany:!0}],superClass:["di:Diagram"]},{name:"BPMNPlane",properties:[{name:"bpmnElement",isAttr:!0,isReference:!0,type:"bpmn:BaseElement",redefines:"di:DiagramElement#modelElement"}],superClass:["di:Plane"]},{name:"BPMNShape",properties:[{name:"bpmnElement",isAttr:!0,isReference:!0,type:"bpmn:BaseElement",redefines:"di:DiagramElement#modelElement"},{name:"isHorizontal",isAttr:!0,type:"Boolean"},{name:"isExpanded",isAttr:!0,type:"Boolean"},{name:"isMarkerVisible",isAttr:!0,type:"Boolean"},{name:"label",type:"BPMNLabel"},{name:"isMessageVisible",isAttr:!0,type:"Boolean"},{name:"participantBandKind",type:"ParticipantBandKind",isAttr:!0},{name:"choreographyActivityShape",type:"BPMNShape",isAttr:!0,isReference:!0}],superClass:["di:LabeledShape"]},{name:"BPMNEdge",properties:[{name:"label",type:"BPMNLabel"},{name:"bpmnElement",isAttr:!0,isReference:!0,type:"bpmn:BaseElement",redefines:"di:DiagramElement#modelElement"},{name:"sourceElement",isAttr:!0,isReference:!0,type:"di:DiagramElement",redefines:"di:Edge#source"},{name:"targetElement",isAttr:!0,isReference:!0,type:"di:DiagramElement",redefines:"di:Edge#target"},{name:"messageVisibleKind",type:"MessageVisibleKind",isAttr:!0,default:"initiating"}],superClass:["di:LabeledEdge"]},{name:"BPMNLabel",properties:[{name:"labelStyle",type:"BPMNLabelStyle",isAttr:!0,isReference:!0,redefines:"di:DiagramElement#style"}],superClass:["di:Label"]},{name:"BPMNLabelStyle",properties:[{name:"font",type:"dc:Font"}],superClass:["di:Style"]}],jc=[{name:"ParticipantBandKind",literalValues:[{name:"top_initiating"},{name:"middle_initiating"},{name:"bottom_initiating"},{name:"top_non_initiating"},{name:"middle_non_initiating"},{name:"bottom_non_initiating"}]},{name:"MessageVisibleKind",literalValues:[{name:"initiating"},{name:"non_initiating"}]}],Nc=[],Dc={name:Rc,uri:Pc,prefix:Tc,types:Mc,enumerations:jc,associations:Nc},Oc="DC",Bc="http://www.omg.org/spec/DD/20100524/DC",Lc="dc",Ic=[{name:"Boolean"},{name:"Integer"},{name:"Real"},{name:"String"},{name:"Font",properties:[{name:"name",type:"String",isAttr:!0},{name:"size",type:"Real",isAttr:!0},{name:"isBold",type:"Boolean",isAttr:!0},{name:"isItalic",type:"Boolean",isAttr:!0},{name:"isUnderline",type:"Boolean",isAttr:!0},{name:"isStrikeThrough",type:"Boolean",isAttr:!0}]},{name:"Point",properties:[{name:"x",type:"Real",default:"0",isAttr:!0},{name:"y",type:"Real",default:"0",isAttr:!0}]},{name:"Bounds",properties:[{name:"x",type:"Real",default:"0",isAttr:!0},{name:"y",type:"Real",default:"0",isAttr:!0},{name:"width",type:"Real",isAttr:!0},{name:"height",type:"Real",isAttr:!0}]}],$c=[],Fc={name:Oc,uri:Bc,prefix:Lc,types:Ic,associations:$c},zc="DI",Vc="http://www.omg.org/spec/DD/20100524/DI",Hc="di",Wc=[{name:"DiagramElement",isAbstract:!0,properties:[{name:"id",isAttr:!0,isId:!0,type:"String"},{name:"extension",type:"Extension"},{name:"owningDiagram",type:"Diagram",isReadOnly:!0,isVirtual:!0,isReference:!0},{name:"owningElement",type:"DiagramElement",isReadOnly:!0,isVirtual:!0,isReference:!0},{name:"modelElement",isReadOnly:!0,isVirtual:!0,isReference:!0,type:"Element"},{name:"style",type:"Style",isReadOnly:!0,isVirtual:!0,isReference:!0},{name:"ownedElement",type:"DiagramElement",isReadOnly:!0,isMany:!0,isVirtual:!0}]},{name:"Node",isAbstract:!0,superClass:["DiagramElement"]},{name:"Edge",isAbstract:!0,superClass:["DiagramElement"],properties:[{name:"source",type:"DiagramElement",isReadOnly:!0,isVirtual:!0,isReference:!0},{name:"target",type:"DiagramElement",isReadOnly:!0,isVirtual:!0,isReference:!0},{name:"waypoint",isUnique:!1,isMany:!0,type:"dc:Point",xml:{serialize:"xsi:type"}}]},{name:"Diagram",isAbstract:!0,properties:[{name:"id",isAttr:!0,isId:!0,type:"String"},{name:"rootElement",type:"DiagramElement",isReadOnly:!0,isVirtual:!0},{name:"name",isAttr:!0,type:"String"},{name:"documentation",isAttr:!0,type:"String"},{name:"resolution",isAttr:!0,type:"Real"},{name:"ownedStyle",type:"Style",isReadOnly:!0,isMany:!0,isVirtual:!0}]},{name:"Shape",isAbstract:!0,superClass:["Node"],properties:[{name:"bounds",type:"dc:Bounds"}]},{name:"Plane",isAbstract:!0,superClass:["Node"],properties:[{name:"planeElement",type:"DiagramElement",subsettedProperty:"DiagramElement-ownedElement",isMany:!0}]},{name:"LabeledEdge",isAbstract:!0,superClass:["Edge"],properties:[{name:"ownedLabel",type:"Label",isReadOnly:!0,subsettedProperty:"DiagramElement-ownedElement",isMany:!0,isVirtual:!0}]},{name:"LabeledShape",isAbstract:!0,superClass:["Shape"],properties:[{name:"ownedLabel",type:"Label",isReadOnly:!0,subsettedProperty:"DiagramElement-ownedElement",isMany:!0,isVirtual:!0}]},{name:"Label",isAbstract:!0,superClass:["Node"],properties:[{name:"bounds",type:"dc:Bounds"}]},{name:"Style",isAbstract:!0,properties:[{name:"id",isAttr:!0,isId:!0,type:"String"}]},{name:"Extension",properties:[{name:"values",isMany:!0,type:"Element"}]}],Uc=[],Kc={tagAlias:"lowerCase"},Yc={name:zc,uri:Vc,prefix:Hc,types:Wc,associations:Uc,xml:Kc},qc="bpmn.io colors for BPMN",Gc="http://bpmn.io/schema/bpmn/biocolor/1.0",Xc="bioc",Zc=[{name:"ColoredShape",extends:["bpmndi:BPMNShape"],properties:[{name:"stroke",isAttr:!0,type:"String"},{name:"fill",isAttr:!0,type:"String"}]},{name:"ColoredEdge",extends:["bpmndi:BPMNEdge"],properties:[{name:"stroke",isAttr:!0,type:"String"},{name:"fill",isAttr:!0,type:"String"}]}],Qc=[],Jc=[],ep={name:qc,uri:Gc,prefix:Xc,types:Zc,enumerations:Qc,associations:Jc},tp="BPMN in Color",rp="http://www.omg.org/spec/BPMN/non-normative/color/1.0",np="color",ip=[{name:"ColoredLabel",extends:["bpmndi:BPMNLabel"],properties:[{name:"color",isAttr:!0,type:"String"}]},{name:"ColoredShape",extends:["bpmndi:BPMNShape"],properties:[{name:"background-color",isAttr:!0,type:"String"},{name:"border-color",isAttr:!0,type:"String"}]},{name:"ColoredEdge",extends:["bpmndi:BPMNEdge"],properties:[{name:"border-color",isAttr:!0,type:"String"}]}],op=[],ap=[],sp={name:tp,uri:rp,prefix:np,types:ip,enumerations:op,associations:ap},lp={bpmn:Cc,bpmndi:Dc,dc:Fc,di:Yc,bioc:ep,color:sp};function Ga(e,t){let r=C({},lp,e);return new Cn(r,t)}function Oe(e,t){return e.$instanceOf(t)}function up(e){return ve(e.rootElements,function(t){return Oe(t,"bpmn:Process")||Oe(t,"bpmn:Collaboration")})}function Li(e){var t={},r=[],n={};function i(E,x){return function(_){E(_,x)}}function o(E){t[E.id]=E}function s(E){return t[E.id]}function u(E,x){var _=E.gfx;if(_)throw new Error(`already rendered ${be(E)}`);return e.element(E,n[E.id],x)}function c(E,x){return e.root(E,n[E.id],x)}function f(E,x){try{var _=n[E.id]&&u(E,x);return o(E),_}catch(ne){m(ne.message,{element:E,error:ne}),console.error(`failed to import ${be(E)}`,ne)}}function m(E,x){e.error(E,x)}var v=this.registerDi=function(x){var _=x.bpmnElement;_?n[_.id]?m(`multiple DI elements defined for ${be(_)}`,{element:_}):n[_.id]=x:m(`no bpmnElement referenced in ${be(x)}`,{element:x})};function M(E){L(E.plane)}function L(E){v(E),T(E.planeElement,K)}function K(E){v(E)}this.handleDefinitions=function(x,_){var ne=x.diagrams;if(_&&ne.indexOf(_)===-1)throw new Error("diagram not part of <bpmn:Definitions />");if(!_&&ne&&ne.length&&(_=ne[0]),!_)throw new Error("no diagram to display");n={},M(_);var Pe=_.plane;if(!Pe)throw new Error(`no plane for ${be(_)}`);var p=Pe.bpmnElement;if(!p)if(p=up(x),p)m(`correcting missing bpmnElement on ${be(Pe)} to ${be(p)}`),Pe.bpmnElement=p,v(Pe);else throw new Error("no process or collaboration to display");var l=c(p,Pe);if(Oe(p,"bpmn:Process")||Oe(p,"bpmn:SubProcess"))z(p,l);else if(Oe(p,"bpmn:Collaboration"))H(p,l),q(x.rootElements,l);else throw new Error(`unsupported bpmnElement for ${be(Pe)}: ${be(p)}`);$(r)};var $=this.handleDeferred=function(){for(var x;r.length;)x=r.shift(),x()};function z(E,x){We(E,x),P(E.ioSpecification,x),g(E.artifacts,x),o(E)}function q(E,x){var _=ct(E,function(ne){return!s(ne)&&Oe(ne,"bpmn:Process")&&ne.laneSets});_.forEach(i(z,x))}function Z(E,x){f(E,x)}function k(E,x){T(E,i(Z,x))}function w(E,x){f(E,x)}function S(E,x){f(E,x)}function D(E,x){f(E,x)}function O(E,x){f(E,x)}function g(E,x){T(E,function(_){Oe(_,"bpmn:Association")?r.push(function(){O(_,x)}):O(_,x)})}function P(E,x){E&&(T(E.dataInputs,i(S,x)),T(E.dataOutputs,i(D,x)))}var A=this.handleSubProcess=function(x,_){We(x,_),g(x.artifacts,_)};function b(E,x){var _=f(E,x);Oe(E,"bpmn:SubProcess")&&A(E,_||x),Oe(E,"bpmn:Activity")&&P(E.ioSpecification,x),r.push(function(){T(E.dataInputAssociations,i(w,x)),T(E.dataOutputAssociations,i(w,x))})}function B(E,x){f(E,x)}function Y(E,x){f(E,x)}function ee(E,x){r.push(function(){var _=f(E,x);E.childLaneSet&&He(E.childLaneSet,_||x),re(E)})}function He(E,x){T(E.lanes,i(ee,x))}function Gt(E,x){T(E,i(He,x))}function We(E,x){Be(E.flowElements,x),E.laneSets&&Gt(E.laneSets,x)}function Be(E,x){T(E,function(_){Oe(_,"bpmn:SequenceFlow")?r.push(function(){B(_,x)}):Oe(_,"bpmn:BoundaryEvent")?r.unshift(function(){b(_,x)}):Oe(_,"bpmn:FlowNode")?b(_,x):Oe(_,"bpmn:DataObject")||(Oe(_,"bpmn:DataStoreReference")||Oe(_,"bpmn:DataObjectReference")?Y(_,x):m(`unrecognized flowElement ${be(_)} in context ${be(x&&x.businessObject)}`,{element:_,context:x}))})}function W(E,x){var _=f(E,x),ne=E.processRef;ne&&z(ne,_||x)}function H(E,x){T(E.participants,i(W,x)),r.push(function(){k(E.messageFlows,x)}),g(E.artifacts,x)}function re(E){T(E.flowNodeRef,function(x){var _=x.get("lanes");_&&_.push(E)})}}function Xa(e,t,r){var n,i,o,s,u=[];function c(f,m){var v={root:function($,z){return n.add($,z)},element:function($,z,q){return n.add($,z,q)},error:function($,z){u.push({message:$,context:z})}},M=new Li(v);m=m||f.diagrams&&f.diagrams[0];var L=cp(f,m);if(!L)throw new Error("no diagram to display");T(L,function($){M.handleDefinitions(f,$)});var K=m.plane.bpmnElement.id;o.setRootElement(o.findRoot(K+"_plane")||o.findRoot(K))}return new Promise(function(f,m){try{return n=e.get("bpmnImporter"),i=e.get("eventBus"),o=e.get("canvas"),i.fire("import.render.start",{definitions:t}),c(t,r),i.fire("import.render.complete",{error:s,warnings:u}),f({warnings:u})}catch(v){return v.warnings=u,m(v)}})}function cp(e,t){if(!(!t||!t.plane)){var r=t.plane.bpmnElement,n=r;!N(r,"bpmn:Process")&&!N(r,"bpmn:Collaboration")&&(n=pp(r));var i;N(n,"bpmn:Collaboration")?i=n:i=ve(e.rootElements,function(f){if(N(f,"bpmn:Collaboration"))return ve(f.participants,function(m){return m.processRef===n})});var o=[n];i&&(o=ho(i.participants,function(f){return f.processRef}),o.push(i));var s=Za(o),u=[t],c=[r];return T(e.diagrams,function(f){if(f.plane){var m=f.plane.bpmnElement;s.indexOf(m)!==-1&&c.indexOf(m)===-1&&(u.push(f),c.push(m))}}),u}}function Za(e){var t=[];return T(e,function(r){r&&(t.push(r),t=t.concat(Za(r.flowElements)))}),t}function pp(e){for(var t=e;t;){if(N(t,"bpmn:Process"))return t;t=t.$parent}}var fp='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 14.02 5.57" width="53" height="21"><path fill="currentColor" d="M1.88.92v.14c0 .41-.13.68-.4.8.33.14.46.44.46.86v.33c0 .61-.33.95-.95.95H0V0h.95c.65 0 .93.3.93.92zM.63.57v1.06h.24c.24 0 .38-.1.38-.43V.98c0-.28-.1-.4-.32-.4zm0 1.63v1.22h.36c.2 0 .32-.1.32-.39v-.35c0-.37-.12-.48-.4-.48H.63zM4.18.99v.52c0 .64-.31.98-.94.98h-.3V4h-.62V0h.92c.63 0 .94.35.94.99zM2.94.57v1.35h.3c.2 0 .3-.09.3-.37v-.6c0-.29-.1-.38-.3-.38h-.3zm2.89 2.27L6.25 0h.88v4h-.6V1.12L6.1 3.99h-.6l-.46-2.82v2.82h-.55V0h.87zM8.14 1.1V4h-.56V0h.79L9 2.4V0h.56v4h-.64zm2.49 2.29v.6h-.6v-.6zM12.12 1c0-.63.33-1 .95-1 .61 0 .95.37.95 1v2.04c0 .64-.34 1-.95 1-.62 0-.95-.37-.95-1zm.62 2.08c0 .28.13.39.33.39s.32-.1.32-.4V.98c0-.29-.12-.4-.32-.4s-.33.11-.33.4z"/><path fill="currentColor" d="M0 4.53h14.02v1.04H0zM11.08 0h.63v.62h-.63zm.63 4V1h-.63v2.98z"/></svg>',Ii=fp,$i={verticalAlign:"middle"},Fi={color:"#404040"},dp={zIndex:"1001",position:"fixed",top:"0",left:"0",right:"0",bottom:"0"},hp={width:"100%",height:"100%",background:"rgba(40,40,40,0.2)"},mp={position:"absolute",left:"50%",top:"40%",transform:"translate(-50%)",width:"260px",padding:"10px",background:"white",boxShadow:"0 1px 4px rgba(0,0,0,0.3)",fontFamily:"Helvetica, Arial, sans-serif",fontSize:"14px",display:"flex",lineHeight:"1.3"},yp='<div class="bjs-powered-by-lightbox"><div class="backdrop"></div><div class="notice"><a href="https://bpmn.io" target="_blank" rel="noopener" class="link">'+Ii+'</a><span>Web-based tooling for BPMN, DMN and forms powered by <a href="https://bpmn.io" target="_blank" rel="noopener">bpmn.io</a>.</span></div></div>',yt;function gp(){yt=Ee(yp),Se(yt,dp),Se(Ye("svg",yt),$i),Se(Ye(".backdrop",yt),hp),Se(Ye(".notice",yt),mp),Se(Ye(".link",yt),Fi,{margin:"15px 20px 15px 10px",alignSelf:"center"})}function Qa(){yt||(gp(),_r.bind(yt,".backdrop","click",function(e){document.body.removeChild(yt)})),document.body.appendChild(yt)}var Rn=5,Ja="djs-outline-hidden";function ue(e){e=C({},bp,e),this._moddle=this._createModdle(e),this._container=this._createContainer(e),this._init(this._container,this._moddle,e),Ep(this._container)}ge(ue,mt);ue.prototype.importXML=async function(t,r){let n=this;function i(s){return n.get("eventBus").createEvent(s)}let o=[];try{t=this._emit("import.parse.start",{xml:t})||t;let s;try{s=await this._moddle.fromXML(t,"bpmn:Definitions")}catch(M){throw this._emit("import.parse.complete",{error:M}),M}let u=s.rootElement,c=s.references,f=s.warnings,m=s.elementsById;o=o.concat(f),u=this._emit("import.parse.complete",i({error:null,definitions:u,elementsById:m,references:c,warnings:o}))||u;let v=await this.importDefinitions(u,r);return o=o.concat(v.warnings),this._emit("import.done",{error:null,warnings:o}),{warnings:o}}catch(s){let u=s;throw o=o.concat(u.warnings||[]),Pn(u,o),u=vp(u),this._emit("import.done",{error:u,warnings:u.warnings}),u}};ue.prototype.importDefinitions=async function(t,r){return this._setDefinitions(t),{warnings:(await this.open(r)).warnings}};ue.prototype.open=async function(t){let r=this._definitions,n=t;if(!r){let o=new Error("no XML imported");throw Pn(o,[]),o}if(typeof t=="string"&&(n=xp(r,t),!n)){let o=new Error("BPMNDiagram <"+t+"> not found");throw Pn(o,[]),o}try{this.clear()}catch(o){throw Pn(o,[]),o}let{warnings:i}=await Xa(this,r,n);return{warnings:i}};ue.prototype.saveXML=async function(t){t=t||{};let r=this._definitions,n,i;try{if(!r)throw new Error("no definitions loaded");r=this._emit("saveXML.start",{definitions:r})||r,i=(await this._moddle.toXML(r,t)).xml,i=this._emit("saveXML.serialized",{xml:i})||i}catch(s){n=s}let o=n?{error:n}:{xml:i};if(this._emit("saveXML.done",o),n)throw n;return o};ue.prototype.saveSVG=async function(){this._emit("saveSVG.start");let t,r;try{let n=this.get("canvas"),i=n.getActiveLayer(),o=Ye(":scope > defs",n._svg),s=ai(i),u=o?"<defs>"+ai(o)+"</defs>":"",c=n.getContainer();Qe(c).add(Ja);let f;try{f=i.getBBox()}finally{Qe(c).remove(Ja)}let m=f.x-Rn,v=f.y-Rn,M=f.width+Rn*2,L=f.height+Rn*2;t=`<?xml version="1.0" encoding="utf-8"?>
<!-- created with bpmn-js / http://bpmn.io -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="`+M+'" height="'+L+'" viewBox="'+m+" "+v+" "+M+" "+L+'" version="1.1">'+u+s+"</svg>"}catch(n){r=n}if(this._emit("saveSVG.done",{error:r,svg:t}),r)throw r;return{svg:t}};ue.prototype._setDefinitions=function(e){this._definitions=e};ue.prototype.getModules=function(){return this._modules};ue.prototype.clear=function(){this.getDefinitions()&&mt.prototype.clear.call(this)};ue.prototype.destroy=function(){mt.prototype.destroy.call(this),ir(this._container)};ue.prototype.on=function(e,t,r,n){return this.get("eventBus").on(e,t,r,n)};ue.prototype.off=function(e,t){this.get("eventBus").off(e,t)};ue.prototype.attachTo=function(e){if(!e)throw new Error("parentNode required");this.detach(),e.get&&e.constructor.prototype.jquery&&(e=e.get(0)),typeof e=="string"&&(e=Ye(e)),e.appendChild(this._container),this._emit("attach",{}),this.get("canvas").resized()};ue.prototype.getDefinitions=function(){return this._definitions};ue.prototype.detach=function(){let e=this._container,t=e.parentNode;t&&(this._emit("detach",{}),t.removeChild(e))};ue.prototype._init=function(e,t,r){let n=r.modules||this.getModules(r),i=r.additionalModules||[],o=[{bpmnjs:["value",this],moddle:["value",t]}],s=[].concat(o,n,i),u=C(go(r,["additionalModules"]),{canvas:C({},r.canvas,{container:e}),modules:s});mt.call(this,u),r&&r.container&&this.attachTo(r.container)};ue.prototype._emit=function(e,t){return this.get("eventBus").fire(e,t)};ue.prototype._createContainer=function(e){let t=Ee('<div class="bjs-container bio-theme-parent"></div>');return Se(t,{width:es(e.width),height:es(e.height),position:e.position}),t};ue.prototype._createModdle=function(e){let t=C({},this._moddleExtensions,e.moddleExtensions);return new Ga(t)};ue.prototype._modules=[];function Pn(e,t){return e.warnings=t,e}function vp(e){let r=/unparsable content <([^>]+)> detected([\s\S]*)$/.exec(e.message);return r&&(e.message="unparsable content <"+r[1]+"> detected; this may indicate an invalid BPMN 2.0 diagram file"+r[2]),e}var bp={width:"100%",height:"100%",position:"relative"};function es(e){return e+($e(e)?"px":"")}function xp(e,t){return t&&ve(e.diagrams,function(r){return r.id===t})||null}function Ep(e){let r='<a href="http://bpmn.io" target="_blank" class="bjs-powered-by" title="Powered by bpmn.io" >'+Ii+"</a>",n=Ee(r);Se(Ye("svg",n),$i),Se(n,Fi,{position:"absolute",bottom:"15px",right:"15px",zIndex:"100"}),e.appendChild(n),ke.bind(n,"click",function(i){Qa(),i.preventDefault()})}function Bt(e){ue.call(this,e)}ge(Bt,ue);Bt.prototype._modules=[Xo,na,ln,gn,rn];Bt.prototype._moddleExtensions={};var wp=300;function Tn(e,t,r){this._selectionWasVisible=!1;let n=Er(()=>{this._selectionWasVisible=i()},wp);e.on("canvas.viewbox.changed",n),e.on("selection.changed",n),e.on("diagram.destroy",()=>{n.cancel()}),e.on("canvas.resized",()=>{var o=r.get();if(o.length&&this._selectionWasVisible&&!i()){var s=t.getRootElement();t.scrollToElement(o.concat(s))}});function i(){var o=r.get();if(!o.length)return!1;var s=xt(o),u=t.viewbox(),c=Tt(s),f=Tt(u);return c.left>=f.left&&c.right<=f.right&&c.top>=f.top&&c.bottom<=f.bottom}this._flush=n.flush}Tn.$inject=["eventBus","canvas","selection"];var ts={__init__:["keepSelectionVisible"],__depends__:[gn],keepSelectionVisible:["type",Tn]};var rs=["c","C"],ns=["v","V"],_p=["d","D"],Ap=["x","X"],is=["y","Y"],zi=["z","Z"];function os(e){return e.ctrlKey||e.metaKey||e.shiftKey||e.altKey}function et(e){return e.altKey?!1:e.ctrlKey||e.metaKey}function Ve(e,t){return e=ce(e)?e:[e],e.indexOf(t.key)!==-1||e.indexOf(t.code)!==-1||e.indexOf(Cp(t))!==-1}var Sp=/^(?!\p{Script_Extensions=Latin}|\p{Script=Common})\p{Letter}$/u,kp=/^\P{Letter}$/u;function Cp(e){var t=e.key,r=/^Key([A-Z])$/.exec(e.code||"");if(!r||typeof t!="string")return null;var n=r[1];return Sp.test(t)?e.shiftKey?n:n.toLowerCase():e.shiftKey&&kp.test(t)&&e.keyCode===n.charCodeAt(0)?n:null}function Mn(e){return e.shiftKey}function as(e){return et(e)&&Ve(rs,e)}function ss(e){return et(e)&&Ve(ns,e)}function ls(e){return et(e)&&Ve(_p,e)}function us(e){return et(e)&&Ve(Ap,e)}function cs(e){return et(e)&&!Mn(e)&&Ve(zi,e)}function ps(e){return et(e)&&(Ve(is,e)||Ve(zi,e)&&Mn(e))}var jn="keyboard.keydown",Rp="keyboard.keyup",Pp=1e3,fs="Keyboard binding is now implicit; explicit binding to an element got removed. For more information, see https://github.com/bpmn-io/diagram-js/issues/661";function Ae(e,t){var r=this;this._config=e=e||{},this._eventBus=t,this._keydownHandler=this._keydownHandler.bind(this),this._keyupHandler=this._keyupHandler.bind(this),t.on("diagram.destroy",function(){r._fire("destroy"),r.unbind()}),e.bindTo&&console.error("unsupported configuration <keyboard.bindTo>",new Error(fs));var n=e&&e.bind!==!1;t.on("canvas.init",function(i){r._target=i.svg,n&&r.bind(),r._fire("init")})}Ae.$inject=["config.keyboard","eventBus"];Ae.prototype._keydownHandler=function(e){this._keyHandler(e,jn)};Ae.prototype._keyupHandler=function(e){this._keyHandler(e,Rp)};Ae.prototype._keyHandler=function(e,t){var r;if(!this._isEventIgnored(e)){var n={keyEvent:e};r=this._eventBus.fire(t||jn,n),r&&e.preventDefault()}};Ae.prototype._isEventIgnored=function(e){return!1};Ae.prototype.bind=function(e){e&&console.error("unsupported argument <node>",new Error(fs)),this.unbind(),e=this._node=this._target,ke.bind(e,"keydown",this._keydownHandler),ke.bind(e,"keyup",this._keyupHandler),this._fire("bind")};Ae.prototype.getBinding=function(){return this._node};Ae.prototype.unbind=function(){var e=this._node;e&&(this._fire("unbind"),ke.unbind(e,"keydown",this._keydownHandler),ke.unbind(e,"keyup",this._keyupHandler)),this._node=null};Ae.prototype._fire=function(e){this._eventBus.fire("keyboard."+e,{node:this._node})};Ae.prototype.addListener=function(e,t,r){it(e)&&(r=t,t=e,e=Pp),this._eventBus.on(r||jn,e,t)};Ae.prototype.removeListener=function(e,t){this._eventBus.off(t||jn,e)};Ae.prototype.hasModifier=os;Ae.prototype.isCmd=et;Ae.prototype.isShift=Mn;Ae.prototype.isKey=Ve;var Tp=500;function Dr(e,t){var r=this;e.on("editorActions.init",Tp,function(n){var i=n.editorActions;r.registerBindings(t,i)})}Dr.$inject=["eventBus","keyboard"];Dr.prototype.registerBindings=function(e,t){function r(n,i){t.isRegistered(n)&&e.addListener(i)}r("undo",function(n){var i=n.keyEvent;if(cs(i))return t.trigger("undo"),!0}),r("redo",function(n){var i=n.keyEvent;if(ps(i))return t.trigger("redo"),!0}),r("copy",function(n){var i=n.keyEvent;if(as(i))return t.trigger("copy"),!0}),r("paste",function(n){var i=n.keyEvent;if(ss(i))return t.trigger("paste"),!0}),r("duplicate",function(n){var i=n.keyEvent;if(ls(i))return t.trigger("duplicate"),!0}),r("cut",function(n){var i=n.keyEvent;if(us(i))return t.trigger("cut"),!0}),r("stepZoom",function(n){var i=n.keyEvent;if(Ve(["+","="],i)&&et(i))return t.trigger("stepZoom",{value:1}),!0}),r("stepZoom",function(n){var i=n.keyEvent;if(Ve("-",i)&&et(i))return t.trigger("stepZoom",{value:-1}),!0}),r("zoom",function(n){var i=n.keyEvent;if(Ve("0",i)&&et(i))return t.trigger("zoom",{value:1}),!0}),r("removeSelection",function(n){var i=n.keyEvent;if(Ve(["Backspace","Delete"],i))return t.trigger("removeSelection"),!0})};var ds={__init__:["keyboard","keyboardBindings"],keyboard:["type",Ae],keyboardBindings:["type",Dr]};var Mp={moveSpeed:50,moveSpeedAccelerated:200};function Nn(e,t,r){var n=this;this._config=C({},Mp,e||{}),t.addListener(i);function i(o){var s=o.keyEvent,u=n._config;if(t.isCmd(s)&&t.isKey(["ArrowLeft","ArrowUp","ArrowDown","ArrowRight"],s)){var c=t.isShift(s)?u.moveSpeedAccelerated:u.moveSpeed,f;switch(s.key){case"ArrowLeft":f="left";break;case"ArrowUp":f="up";break;case"ArrowRight":f="right";break;case"ArrowDown":f="down";break}return n.moveCanvas({speed:c,direction:f}),!0}}this.moveCanvas=function(o){var s=0,u=0,c=o.speed,f=c/Math.min(Math.sqrt(r.viewbox().scale),1);switch(o.direction){case"left":s=f;break;case"up":u=f;break;case"right":s=-f;break;case"down":u=-f;break}r.scroll({dx:s,dy:u})}}Nn.$inject=["config.keyboardMove","keyboard","canvas"];var hs={__depends__:[ds],__init__:["keyboardMove"],keyboardMove:["type",Nn]};var jp=/^djs-cursor-.*$/;function Vi(e){var t=Qe(document.body);t.removeMatching(jp),e&&t.add("djs-cursor-"+e)}function ms(){Vi(null)}var Np=5e3;function ys(e,t){t=t||"element.click";function r(){return!1}return e.once(t,Np,r),function(){e.off(t,r)}}function Hi(e,t){return{x:e.x-t.x,y:e.y-t.y}}var Dp=15;function Dn(e,t){var r;function n(u){return s(u.originalEvent)}e.on("canvas.focus.changed",function(u){u.focused?e.on("element.mousedown",500,n):e.off("element.mousedown",n)}),e.on("diagram.destroy",function(){r&&o()});function i(u){var c=r.start,f=r.button,m=vi(u),v=Hi(m,c);if(!r.dragging&&Op(v)>Dp&&(r.dragging=!0,f===0&&ys(e),Vi("grab")),r.dragging){var M=r.last||r.start;v=Hi(m,M),t.scroll({dx:v.x,dy:v.y}),r.last=m}u.preventDefault()}function o(u){ke.unbind(document,"mousemove",i),ke.unbind(document,"mouseup",o),r=null,ms()}function s(u){if(!pi(u.target,".djs-draggable")){var c=u.button;if(!(c>=2||u.ctrlKey||u.shiftKey||u.altKey))return r={button:c,start:vi(u)},ke.bind(document,"mousemove",i),ke.bind(document,"mouseup",o),!0}}this.isActive=function(){return!!r}}Dn.$inject=["eventBus","canvas"];function Op(e){return Math.sqrt(Math.pow(e.x,2)+Math.pow(e.y,2))}var gs={__init__:["moveCanvas"],moveCanvas:["type",Dn]};function Or(e){return Math.log(e)/Math.log(10)}function Wi(e,t){var r=Or(e.min),n=Or(e.max),i=Math.abs(r)+Math.abs(n);return i/t}function vs(e,t){return Math.max(e.min,Math.min(e.max,t))}var Bp=Math.sign||function(e){return e>=0?1:-1},Ui={min:.2,max:4},bs=10,Lp=.1,Ip=.75;function tt(e,t,r){e=e||{},this._enabled=!1,this._canvas=r,this._container=r._container,this._handleWheel=ot(this._handleWheel,this),this._totalDelta=0,this._scale=e.scale||Ip;var n=this;t.on("canvas.mouseover",function(){n._init(e.enabled!==!1)}),t.on("canvas.mouseout",function(){n._init(!1)})}tt.$inject=["config.zoomScroll","eventBus","canvas"];tt.prototype.scroll=function(t){this._canvas.scroll(t)};tt.prototype.reset=function(){this._canvas.zoom("fit-viewport")};tt.prototype.zoom=function(t,r){var n=Wi(Ui,bs*2);this._totalDelta+=t,Math.abs(this._totalDelta)>Lp&&(this._zoom(t,r,n),this._totalDelta=0)};tt.prototype._handleWheel=function(t){if(this._enabled){var r=this._container;t.preventDefault();var n=t.ctrlKey||ia()&&t.metaKey,i=t.shiftKey,o=-1*this._scale,s;if(n?o*=t.deltaMode===0?.02:.32:o*=t.deltaMode===0?1:16,n){var u=r.getBoundingClientRect(),c={x:t.clientX-u.left,y:t.clientY-u.top};s=Math.sqrt(Math.pow(t.deltaY,2)+Math.pow(t.deltaX,2))*Bp(t.deltaY)*o,this.zoom(s,c)}else i?s={dx:o*t.deltaY,dy:0}:s={dx:o*t.deltaX,dy:o*t.deltaY},this.scroll(s)}};tt.prototype.stepZoom=function(t,r){var n=Wi(Ui,bs);this._zoom(t,r,n)};tt.prototype._zoom=function(e,t,r){var n=this._canvas,i=e>0?1:-1,o=Or(n.zoom()),s=Math.round(o/r)*r;s+=r*i;var u=Math.pow(10,s);n.zoom(vs(Ui,u),t)};tt.prototype.toggle=function(t){var r=this._container,n=this._handleWheel,i=this._enabled;return typeof t>"u"&&(t=!i),i!==t&&ke[t?"bind":"unbind"](r,"wheel",n,!1),this._enabled=t,t};tt.prototype._init=function(e){this.toggle(e)};var xs={__init__:["zoomScroll"],zoomScroll:["type",tt]};function qt(e){Bt.call(this,e)}ge(qt,Bt);qt.prototype._navigationModules=[ts,hs,gs,xs];qt.prototype._modules=[].concat(Bt.prototype._modules,qt.prototype._navigationModules);var Es=`/**
 * Semantic tokens, copied from \`@bpmn-io/theme\` to style the components
 * according to this theme.
 *
 * Names and values of the tokens should stay intact with the \`@bpmn-io/theme\`
 * source of truth, to ensure matching styles and allow overrides with an
 * alternative theme.
 */
.bio-theme-parent {
  --bio-surface: hsl(0, 0%, 100%);
  --bio-surface-overlay: hsl(0, 0%, 100%);
  --bio-surface-subtle: hsl(225, 10%, 97%);
  --bio-surface-medium: hsl(225, 10%, 95%);
  --bio-surface-inverted: hsl(0, 0%, 22%);
  --bio-surface-inverted-subtle: hsl(225, 10%, 35%);
  --bio-text: hsl(225, 10%, 15%);
  --bio-text-subtle: hsl(225, 10%, 35%);
  --bio-text-subtlest: hsl(225, 10%, 55%);
  --bio-text-on-inverted: hsl(0, 0%, 100%);
  --bio-border: hsl(225, 10%, 75%);
  --bio-border-disabled: hsl(225, 10%, 90%);
  --bio-primary: hsl(205, 100%, 40%);
  --bio-primary-surface: hsl(205, 100%, 95%);
  --bio-danger: hsl(360, 100%, 45%);
  --bio-danger-surface-subtle: hsl(360, 100%, 97%);
  --bio-selected-surface: var(--bio-surface-medium);
  --bio-selected-text: var(--bio-text);
  --bio-focus: hsl(205, 100%, 40%);
  --bio-focus-surface: hsl(205, 100%, 95%);
  --bio-canvas-accent: hsl(205, 100%, 40%);
  --bio-canvas-accent-subtle: hsl(205, 100%, 75%);
  --bio-shadow: hsla(0, 0%, 0%, 30%);
  --bio-shadow-subtle: hsla(0, 0%, 0%, 10%);
  --bio-radius-sm: 2px;
  --bio-radius-md: 3px;
  --bio-radius-lg: 4px;
}

/**
 * color definitions
 *
 * Colours resolve through the semantic tokens in \`@bpmn-io/theme\`; a handful of
 * values with no matching token stay literal.
 */
.djs-parent {

  --button-border-radius: var(--bio-radius-md);
  --input-border-radius: var(--bio-radius-sm);
  --surface-border-radius: var(--bio-radius-lg);

  --canvas-fill-color: var(--bio-surface);

  --accent-color: var(--bio-canvas-accent);

  --bendpoint-fill-color: var(--bio-canvas-accent);
  --bendpoint-stroke-color: var(--canvas-fill-color);

  --context-pad-entry-background-color: var(--bio-surface);
  --context-pad-entry-hover-background-color: var(--bio-surface-medium);

  --element-dragger-color: var(--accent-color);
  --element-selected-outline-stroke-color: var(--accent-color);
  --element-selected-outline-secondary-stroke-color: var(--bio-canvas-accent-subtle);

  --lasso-fill-color: color-mix(in srgb, var(--bio-canvas-accent) 15%, transparent);
  --lasso-stroke-color: var(--element-selected-outline-stroke-color);

  --palette-entry-color: var(--bio-text);
  --palette-entry-hover-color: var(--bio-primary);
  --palette-entry-selected-color: var(--bio-primary);
  --palette-separator-color: var(--bio-border);
  --palette-toggle-hover-background-color: var(--bio-surface-medium);
  --palette-background-color: var(--bio-surface-subtle);
  --palette-border-color: var(--bio-border);

  --popup-font-family: "IBM Plex Sans", sans-serif;
  --popup-font-size: 14px;
  --popup-secondary-font-size: .9em;
  --popup-header-entry-selected-color: var(--bio-primary);
  --popup-header-font-weight: bolder;
  --popup-header-group-divider-color: var(--bio-border);
  --popup-background-color: var(--bio-surface-overlay);
  --popup-border-color: transparent;
  --popup-shadow-color: var(--bio-shadow);
  /* translucent, so the thumb darkens whatever it scrolls over */
  --popup-scrollbar-thumb-color: rgba(0, 0, 0, 0.2);
  --popup-button-background-color: var(--bio-surface-overlay);
  --popup-button-hover-background-color: var(--bio-surface-medium);
  --popup-disabled-color: var(--bio-text-subtle);
  --popup-description-color: var(--bio-text-subtle);
  --popup-no-results-color: var(--bio-text-subtlest);
  --popup-entry-title-color: var(--bio-text-subtlest);

  --popup-entry-selected-background-color: var(--bio-selected-surface);
  --popup-entry-selected-color: var(--bio-selected-text);
  --popup-search-border-color: var(--bio-border);
  --popup-search-focus-border-color: var(--bio-focus);
  --popup-search-focus-background-color: var(--bio-focus-surface);
  --popup-tab-color: var(--bio-text-subtlest);
  --popup-tab-hover-color: var(--bio-text);
  --popup-tab-active-color: var(--bio-text);
  --popup-tab-active-border-color: var(--bio-primary);
  --popup-tab-strip-border-color: var(--bio-border-disabled);
  --popup-tab-focus-border-color: var(--bio-focus);

  --resizer-fill-color: var(--bio-canvas-accent);
  --resizer-stroke-color: var(--canvas-fill-color);

  --search-font-family: "IBM Plex Sans", sans-serif;
  --search-font-size: 14px;
  --search-container-background-color: var(--bio-surface-overlay);
  --search-shadow-color: var(--bio-shadow);
  --search-input-border-color: var(--bio-border);
  --search-input-focus-border-color: var(--bio-focus);
  --search-input-focus-background-color: var(--bio-primary-surface);
  --search-result-hover-background-color: var(--bio-surface-medium);
  --search-result-secondary-color: var(--bio-text-subtlest);
  --search-preselected-background-color: color-mix(in srgb, var(--bio-canvas-accent) 15%, transparent);

  --shape-attach-allowed-stroke-color: var(--accent-color);
  --shape-connect-allowed-fill-color: var(--bio-surface-subtle);
  --shape-drop-allowed-fill-color: var(--bio-surface-subtle);
  --shape-drop-not-allowed-fill-color: var(--bio-danger-surface-subtle);
  --shape-resize-preview-stroke-color: var(--accent-color);

  --snap-line-stroke-color: color-mix(in srgb, var(--bio-canvas-accent) 30%, transparent);

  --space-tool-crosshair-stroke-color: var(--bio-text);

  --tooltip-error-background-color: var(--bio-danger-surface-subtle);
  --tooltip-error-border-color: var(--bio-danger);
  --tooltip-error-color: var(--bio-danger);

  --hover-tooltip-font-family: "IBM Plex Sans", sans-serif;
  --hover-tooltip-font-size: 12px;
  --hover-tooltip-secondary-font-size: 11px;
  --hover-tooltip-background-color: var(--bio-surface-inverted);
  --hover-tooltip-color: var(--bio-text-on-inverted);
  --hover-tooltip-shadow-color: var(--bio-shadow-subtle);

  --palette-tooltip-shortcut-background-color: var(--bio-surface-inverted-subtle);
}

/**
 * SVG styles
 */

.djs-container svg.drop-not-ok {
  background: var(--shape-drop-not-allowed-fill-color) !important;
}

.djs-container svg.new-parent {
  background: var(--shape-drop-allowed-fill-color) !important;
}

.djs-container svg:focus {
  outline-offset: -1px;
}

/**
 * outline styles
 */

.djs-outline,
.djs-selection-outline {
  fill: none;
  shape-rendering: geometricPrecision;
  stroke-width: 2px;
}

.djs-outline {
  visibility: hidden;
}

.djs-selection-outline {
  stroke: var(--element-selected-outline-stroke-color);
}

.djs-element.selected .djs-outline {
  visibility: visible;

  stroke: var(--element-selected-outline-stroke-color);
}

.djs-connection.selected .djs-outline {
  display: none;
}

.djs-multi-select .djs-element.selected .djs-outline,
.djs-dragging-active-lasso .djs-element.selected .djs-outline {
  stroke: var(--element-selected-outline-secondary-stroke-color);
  display: block;
}

.djs-outline-hidden .djs-outline {
  display: none !important;
}

.djs-shape.connect-ok .djs-visual > :nth-child(1) {
  fill: var(--shape-connect-allowed-fill-color) !important;
}

.djs-shape.connect-not-ok .djs-visual > :nth-child(1),
.djs-shape.drop-not-ok .djs-visual > :nth-child(1) {
  fill: var(--shape-drop-not-allowed-fill-color) !important;
}

.djs-shape.new-parent .djs-visual > :nth-child(1) {
  fill: var(--shape-drop-allowed-fill-color) !important;
}


/* Override move cursor during drop and connect */
.drop-not-ok,
.connect-not-ok,
.drop-not-ok *,
.connect-not-ok * {
  cursor: not-allowed !important;
}

.drop-ok,
.connect-ok,
.drop-ok *,
.connect-ok * {
  cursor: default !important;
}

.djs-element.attach-ok .djs-visual > :nth-child(1) {
  stroke-width: 5px !important;
  stroke: var(--shape-attach-allowed-stroke-color) !important;
}

.djs-frame.connect-not-ok .djs-visual > :nth-child(1),
.djs-frame.drop-not-ok .djs-visual > :nth-child(1) {
  stroke-width: 3px !important;
  stroke: var(--shape-drop-not-allowed-fill-color) !important;
  fill: none !important;
}

/**
* Selection box style
*
*/
.djs-lasso-overlay {
  fill: var(--lasso-fill-color);
  stroke: var(--lasso-stroke-color);
  stroke-width: 2px;
  shape-rendering: geometricPrecision;
  pointer-events: none;
}

/**
 * Resize styles
 */
.djs-resize-overlay {
  fill: none;

  stroke-dasharray: 5 1 3 1;
  stroke: var(--shape-resize-preview-stroke-color);

  pointer-events: none;
}

.djs-resizer-hit {
  fill: none;
  pointer-events: all;
}

.djs-resizer-visual {
  fill: var(--resizer-fill-color);
  stroke-width: 1px;
  stroke: var(--resizer-stroke-color);
  shape-rendering: geometricPrecision;
}

.djs-resizer:hover .djs-resizer-visual {
  stroke: var(--resizer-stroke-color);
  stroke-opacity: 1;
}

.djs-cursor-resize-ns,
.djs-resizer-n,
.djs-resizer-s {
  cursor: ns-resize;
}

.djs-cursor-resize-ew,
.djs-resizer-e,
.djs-resizer-w {
  cursor: ew-resize;
}

.djs-cursor-resize-nwse,
.djs-resizer-nw,
.djs-resizer-se {
  cursor: nwse-resize;
}

.djs-cursor-resize-nesw,
.djs-resizer-ne,
.djs-resizer-sw {
  cursor: nesw-resize;
}

.djs-shape.djs-resizing > .djs-outline {
  visibility: hidden !important;
}

.djs-shape.djs-resizing > .djs-resizer {
  visibility: hidden;
}

.djs-dragger > .djs-resizer {
  visibility: hidden;
}

/**
 * drag styles
 */
.djs-dragger * {
  fill: none !important;
  stroke: var(--element-dragger-color) !important;
}

.djs-dragger tspan,
.djs-dragger text {
  fill: var(--element-dragger-color) !important;
  stroke: none !important;
}

.djs-dragger marker circle,
.djs-dragger marker path,
.djs-dragger marker polygon,
.djs-dragger marker polyline,
.djs-dragger marker rect {
  fill: var(--element-dragger-color) !important;
  stroke: none !important;
}

.djs-dragger marker text,
.djs-dragger marker tspan {
  fill: none !important;
  stroke: var(--element-dragger-color) !important;
}

.djs-dragging,
.djs-dragging > * {
  opacity: 0.3 !important;
  pointer-events: none !important;
}

/**
 * no pointer events for visual
 */
.djs-visual,
.djs-outline {
  pointer-events: none;
}

.djs-element.attach-ok .djs-hit {
  stroke-width: 60px !important;
}

/**
 * all pointer events for hit shape
 */
.djs-element > .djs-hit-all,
.djs-element > .djs-hit-no-move {
  pointer-events: all;
}

.djs-element > .djs-hit-stroke,
.djs-element > .djs-hit-click-stroke {
  pointer-events: stroke;
}

/**
 * shape / connection basic styles
 */
.djs-connection .djs-visual {
  stroke-width: 2px;
  fill: none;
}

.djs-cursor-grab {
  cursor: -webkit-grab;
  cursor: -moz-grab;
  cursor: grab;
}

.djs-cursor-grabbing {
  cursor: -webkit-grabbing;
  cursor: -moz-grabbing;
  cursor: grabbing;
}

.djs-cursor-crosshair {
  cursor: crosshair;
}

.djs-cursor-move {
  cursor: move;
}

.djs-cursor-resize-ns {
  cursor: ns-resize;
}

.djs-cursor-resize-ew {
  cursor: ew-resize;
}


/**
 * snapping
 */
.djs-snap-line {
  stroke: var(--snap-line-stroke-color);
  stroke-linecap: round;
  stroke-width: 2px;
  pointer-events: none;
}

/**
 * snapping
 */
.djs-crosshair {
  stroke: var(--space-tool-crosshair-stroke-color);
  stroke-linecap: round;
  stroke-width: 1px;
  pointer-events: none;
  shape-rendering: geometricPrecision;
  stroke-dasharray: 5, 5;
}

/**
 * palette
 */

.djs-palette {
  position: absolute;
  left: 20px;
  top: 20px;

  box-sizing: border-box;
  width: 48px;
}

.djs-palette .separator {
  margin: 5px;
  padding-top: 5px;

  border: none;
  border-bottom: solid 1px var(--palette-separator-color);

  clear: both;
}

.djs-palette .entry:before {
  vertical-align: initial;
}

.djs-palette .djs-palette-toggle {
  cursor: pointer;
}

.djs-palette .entry,
.djs-palette .djs-palette-toggle {
  color: var(--palette-entry-color);
  font-size: 30px;

  text-align: center;
}

.djs-palette .entry {
  float: left;
}

.djs-palette .entry img {
  max-width: 100%;
}

.djs-palette .djs-palette-entries:after {
  content: '';
  display: table;
  clear: both;
}

.djs-palette .djs-palette-toggle:hover {
  background: var(--palette-toggle-hover-background-color);
}

.djs-palette .entry:hover {
  color: var(--palette-entry-hover-color);
}

.djs-palette .highlighted-entry {
  color: var(--palette-entry-selected-color) !important;
}

.djs-palette .entry,
.djs-palette .djs-palette-toggle {
  width: 46px;
  height: 46px;
  line-height: 46px;
  cursor: default;
}

/**
 * Palette open / two-column layout is controlled via
 * classes on the palette. Events to hook into palette
 * changed life-cycle are available in addition.
 */
.djs-palette.two-column.open {
  width: 94px;
}

.djs-palette:not(.open) .djs-palette-entries {
  display: none;
}

.djs-palette:not(.open) {
  overflow: hidden;
}

.djs-palette.open .djs-palette-toggle {
  display: none;
}

.djs-hover-tooltip {
  position: fixed;
  z-index: 1000;

  display: flex;
  align-items: center;
  gap: 6px;

  padding: 6px 10px;
  border-radius: var(--surface-border-radius);

  background-color: var(--hover-tooltip-background-color);
  color: var(--hover-tooltip-color);

  font-family: var(--hover-tooltip-font-family);
  font-size: var(--hover-tooltip-font-size);
  line-height: 1.2;
  white-space: nowrap;

  pointer-events: none;
  box-shadow: 0 1px 4px var(--hover-tooltip-shadow-color);
}

.djs-hover-tooltip--right {
  transform: translateY(-50%);
}

.djs-hover-tooltip--top {
  transform: translate(-50%, -100%);
}

.djs-palette-tooltip-shortcut {
  padding: 1px 5px;

  border-radius: var(--button-border-radius);

  background-color: var(--palette-tooltip-shortcut-background-color);

  font-family: monospace;
  font-size: var(--hover-tooltip-secondary-font-size);
  line-height: 1.2;
}

/**
 * context-pad
 */
.djs-context-pad {
  position: absolute;
  display: none;
  pointer-events: none;
  line-height: 1;
  width: 72px;
  z-index: 100;
}

.djs-context-pad .entry {
  width: 22px;
  height: 22px;
  text-align: center;
  display: inline-block;
  font-size: 22px;
  margin: 0 2px 2px 0;

  border-radius: 3px;

  cursor: default;

  background-color: var(--context-pad-entry-background-color);
  box-shadow: 0 0 2px 1px var(--context-pad-entry-background-color);
  pointer-events: all;
  vertical-align: middle;
}

.djs-context-pad .entry:hover {
  background: var(--context-pad-entry-hover-background-color);
}

.djs-context-pad.open {
  display: block;
}

/**
 * popup styles
 */
.djs-popup {
  line-height: 1;
  box-sizing: border-box;
  background: var(--popup-background-color);
  overflow: hidden;
  position: fixed;
  z-index: 200;
  box-shadow: 0px 2px 6px var(--popup-shadow-color);
  border: solid 1px var(--popup-border-color);
  min-width: 120px;
  max-width: 300px;
  outline: none;
  font-size: var(--popup-font-size);
  font-family: var(--popup-font-family);
}

.djs-popup-search input {
  width: 100%;
  box-sizing: border-box;
  font-size: var(--popup-font-size);
  padding: 3px 6px 3px 28px;
  border-radius: var(--input-border-radius);
  border: solid 1px var(--popup-search-border-color);
  line-height: 21px;
}

.djs-popup-search input:focus {
  background-color: var(--popup-search-focus-background-color);
  border: solid 1px var(--popup-search-focus-border-color);
  outline: none;
}

.djs-popup-header {
  display: flex;
  align-items: stretch;
  line-height: 20px;
  margin: 10px 12px 10px 12px;
}

.djs-popup-header .entry {
  border-radius: 2px;
}

.djs-popup button.entry {
  padding: 0;
  background: transparent;
  border: 0;
}

.djs-popup-header .entry.active {
  color: var(--popup-header-entry-selected-color);
}

.djs-popup-header .entry.disabled {
  color: inherit;
}

.djs-popup-header-group {
  display: flex;
  flex-direction: row;
  align-items: center;
  list-style: none;
  margin: 0;
  padding: 0;
}

.djs-popup-header-group .entry {
  display: flex;
  flex-direction: row;
  align-items: center;
}

.djs-popup-header-group + .djs-popup-header-group:before {
  content: '';
  width: 1px;
  height: 20px;
  background: var(--popup-header-group-divider-color);
  margin: 0 5px;
}

.djs-popup-search {
  position: relative;
  width: auto;
  margin: 10px 12px;
}

.djs-popup-tabs-container {
  position: relative;
  border-bottom: solid 1px var(--popup-tab-strip-border-color);
}

/**
 * The scroll control doubles as the edge fade: tabs scrolled past it fade out
 * rather than being cut off behind an opaque block.
 */
.djs-popup-tabs-scroll {
  appearance: none;
  position: absolute;
  top: 0;
  bottom: 1px;
  width: 28px;
  display: flex;
  align-items: center;
  padding: 0;
  border: none;
  border-radius: 0;
  color: var(--popup-tab-color);
  cursor: pointer;
}

.djs-popup-tabs-scroll:hover {
  color: var(--popup-tab-hover-color);
}

.djs-popup-tabs-scroll-start {
  left: 0;
  justify-content: flex-start;
  background: linear-gradient(to left, transparent, var(--popup-background-color) 60%);
}

.djs-popup-tabs-scroll-end {
  right: 0;
  justify-content: flex-end;
  background: linear-gradient(to right, transparent, var(--popup-background-color) 60%);
}

.djs-popup-tabs-scroll-start svg {
  transform: rotate(180deg);
}

.djs-popup-tabs {
  display: flex;
  flex-wrap: nowrap;
  gap: 2px;
  overflow-x: auto;
  overflow-y: hidden;
  padding: 0 12px;

  /* keep scrolled-to tabs clear of the scroll controls */
  scroll-padding: 0 28px;
  scrollbar-width: none;
}

.djs-popup-tabs::-webkit-scrollbar {
  display: none;
}

.djs-popup-tab {
  appearance: none;
  background: transparent;
  border: none;
  border-bottom: solid 2px transparent;
  border-radius: 0;
  flex: 0 0 auto;
  padding: 6px 10px;
  font: inherit;
  font-size: var(--popup-font-size);
  color: var(--popup-tab-color);
  cursor: pointer;
  white-space: nowrap;
}

.djs-popup-tab:hover {
  color: var(--popup-tab-hover-color);
}

.djs-popup-tab:focus-visible {
  outline: solid 1px var(--popup-tab-focus-border-color);
  outline-offset: -2px;
}

.djs-popup-tab[aria-selected="true"] {
  color: var(--popup-tab-active-color);
  border-bottom-color: var(--popup-tab-active-border-color);
  font-weight: var(--popup-header-font-weight);
}

.djs-popup-title {
  font-size: var(--popup-font-size);
  font-weight: var(--popup-header-font-weight);
  flex: 1;
  margin: 0;
}

.djs-popup-breadcrumbs {
  display: flex;
  line-height: 20px;
  margin: 10px 12px;
}

.djs-popup-breadcrumbs-item {
  display: inline-flex;
  min-width: 0;
  padding: 0;
  margin: 0;
  background: transparent;
  border: 0;
  outline: none;
  appearance: none;
  color: var(--popup-description-color);
  font: inherit;
  cursor: pointer;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.djs-popup-breadcrumbs-item--separator::before {
  display: inline-block;
  content: '/';
  color: var(--popup-description-color);
  margin: 0 4px;
}

.djs-popup-breadcrumbs-item:hover {
  color: inherit;
  text-decoration: underline;
}

.djs-popup-breadcrumbs-item:focus-visible {
  outline: 1px solid var(--popup-search-focus-border-color);
  outline-offset: 2px;
}

.djs-popup-breadcrumbs-item--back {
  align-items: center;
  justify-content: center;
  flex-shrink: 0;
  padding: 2px 3px;
  margin-right: 6px;
  border: 1px solid var(--popup-search-border-color);
  border-radius: 4px;
}

.djs-popup-breadcrumbs-item--back:hover {
  background: var(--popup-button-hover-background-color);
}

.djs-popup-breadcrumbs-item--current {
  font-weight: var(--popup-header-font-weight);
  color: inherit;
  cursor: default;
}

.djs-popup-breadcrumbs-item--current:hover {
  text-decoration: none;
}

.djs-popup-entry-actions {
  display: flex;
  align-items: center;
  flex-shrink: 0;
  gap: 6px;
  margin-left: 6px;
}

.djs-popup-entry-chevron {
  display: flex;
  align-items: center;
  color: var(--popup-description-color);
}

.djs-popup-search-icon {
  position: absolute;
  left: 8px;
  top: 7px;
}

.djs-popup-search-count {
  margin: 0 12px;
  font-size: var(--popup-secondary-font-size);
  color: var(--popup-description-color);
}

.djs-popup-results {
  margin: 7px 3px 7px 12px;
  list-style: none;
  max-height: 280px;
  overflow: auto;
  padding-right: 9px;
}

/**
 * The results list is focusable (as a listbox holding
 * \`aria-activedescendant\`) when there is no search field.
 * The active entry is indicated via \`.entry.selected\`, so we hide
 * the outline on the list container itself.
 */
.djs-popup-results:focus {
  outline: none;
}

.djs-popup-group {
  margin: 0;
  padding: 0;
  width: 100%;
}

.djs-popup-body .entry,
.djs-popup-body .entry-header {
  padding: 5px 7px;
  cursor: default;
  border-radius: 4px;
}

.djs-popup-body .entry-header {
  font-weight: var(--popup-header-font-weight);
  color: var(--popup-entry-title-color);
  padding-left: 0;
}

.djs-popup [class*="icon"] .djs-popup-label,
.djs-popup-label:not(:first-child) {
  margin-left: .5em;
}

.djs-popup [class*="icon"]:before,
.djs-popup-entry-icon {
  width: 1em;
  height: 1em;
  display: inline-block;
  font-size: 1.4em;
  vertical-align: middle;
}

.djs-popup-body .entry-header:not(:first-child) {
  margin-top: 8px;
  margin-bottom: 2px;
}

.djs-popup-body .entry {
  display: flex;
  flex-direction: row;
  align-items: stretch;
  height: min-content;
}

.djs-popup .entry.selected {
  color: var(--popup-entry-selected-color);
  background-color: var(--popup-entry-selected-background-color);
}

.djs-popup .entry.disabled {
  color: var(--popup-disabled-color);
  cursor: not-allowed;
}

.djs-popup-body .entry:not(:first-child) {
  margin-top: 2px;
}

.djs-popup-entry-content {
  display: flex;
  flex-direction: column;
  flex: 1;
}

.djs-popup-entry-description {
  font-size: var(--popup-secondary-font-size);
  margin-top: .25em;

  color: var(--popup-description-color);
}

.djs-popup-label,
.djs-popup-entry-description {
  line-height: 1.4em;
}

.djs-popup .entry,
.djs-popup .entry-header {
  margin: 1px;
}

.djs-popup-body {
  flex-direction: column;
  width: auto;
}

.djs-popup *::-webkit-scrollbar {
  width: 6px;
}

.djs-popup *::-webkit-scrollbar-thumb {
  border-radius: 3px;
  background-color: var(--popup-scrollbar-thumb-color);
}

.djs-popup *::-webkit-scrollbar-track {
  box-shadow: none;
  background: transparent;
  margin: 0;
  padding: 5px;
}

.djs-popup-no-results {
  padding: 0 12px 12px 12px;
  color: var(--popup-no-results-color);
}

.djs-popup-footer {
  display: flex;
  padding: 5px 12px 7px 12px;
  border-top: solid 1px var(--popup-border-color);
}

/**
 * The footer holds the keyboard/assistive-technology reachable documentation
 * link. Pointer interaction switches the popup to the per-entry
 * \`.djs-popup-entry-docs\` affordance instead.
 */
.djs-popup--pointer .djs-popup-footer {
  display: none;
}

.djs-popup-entry-docs {
  display: flex;
  align-items: center;
  justify-content: center;
  flex-shrink: 0;
  visibility: hidden;
  padding: 2px 3px;
  color: var(--popup-description-color);
  background: var(--popup-button-background-color);
  border: 1px solid var(--popup-search-border-color);
  border-radius: 4px;
  cursor: pointer;
  transition: background-color .12s ease, border-color .12s ease, color .12s ease;
}

.djs-popup--pointer .djs-popup-body .entry:hover .djs-popup-entry-docs {
  visibility: visible;
}

.djs-popup-body .entry .djs-popup-entry-docs:hover {
  background: var(--popup-button-hover-background-color);
}

.djs-popup-entry-docs svg {
  vertical-align: middle;
}

.djs-popup-footer-docs {
  display: inline-flex;
  align-items: center;
  gap: 3px;
  font-size: var(--popup-secondary-font-size);
  color: var(--popup-description-color);
  text-decoration: none;
}

.djs-popup-footer-docs:hover {
  text-decoration: underline;
}

.djs-popup-footer-docs svg {
  vertical-align: middle;
  margin: 2px;
}

/**
 *  palette styles
 */
.djs-palette {
  background: var(--palette-background-color);
  border: solid 1px var(--palette-border-color);
  border-radius: var(--surface-border-radius);
}

/**
 * bendpoints
 */
.djs-segment-dragger,
.djs-bendpoint {
  display: none;
}

.djs-segment-dragger .djs-visual {
  display: none;

  fill: var(--bendpoint-fill-color);
  stroke: var(--bendpoint-stroke-color);
  stroke-width: 1px;
  stroke-opacity: 1;
}

.djs-segment-dragger:hover .djs-visual {
  display: block;
}

.djs-bendpoint .djs-visual {
  fill: var(--bendpoint-fill-color);
  stroke: var(--bendpoint-stroke-color);
  stroke-width: 1px;
}

.djs-segment-dragger:hover,
.djs-bendpoints.hover .djs-segment-dragger,
.djs-bendpoints.selected .djs-segment-dragger,
.djs-bendpoint:hover,
.djs-bendpoints.hover .djs-bendpoint,
.djs-bendpoints.selected .djs-bendpoint {
  display: block;
}

.djs-drag-active .djs-bendpoints * {
  display: none;
}

.djs-bendpoints:not(.hover) .floating {
  display: none;
}

.djs-bendpoint.floating:not(.positioned) {
  display: none;
}

.djs-segment-dragger:hover .djs-visual,
.djs-segment-dragger.djs-dragging .djs-visual,
.djs-bendpoint:hover .djs-visual,
.djs-bendpoint.floating .djs-visual {
  fill: var(--bendpoint-fill-color);
  stroke: var(--bendpoint-stroke-color);
  stroke-opacity: 1;
}

.djs-bendpoint.floating .djs-hit {
  pointer-events: none;
}

.djs-segment-dragger .djs-hit,
.djs-bendpoint .djs-hit {
  fill: none;
  pointer-events: all;
}

.djs-segment-dragger.horizontal .djs-hit {
  cursor: ns-resize;
}

.djs-segment-dragger.vertical .djs-hit {
  cursor: ew-resize;
}

.djs-segment-dragger.djs-dragging .djs-hit {
  pointer-events: none;
}

.djs-updating,
.djs-updating > * {
  pointer-events: none !important;
}

.djs-updating .djs-context-pad,
.djs-updating .djs-outline,
.djs-updating .djs-bendpoint,
.djs-multi-select .djs-bendpoint,
.djs-multi-select .djs-segment-dragger,
.connect-ok .djs-bendpoint,
.connect-not-ok .djs-bendpoint,
.drop-ok .djs-bendpoint,
.drop-not-ok .djs-bendpoint {
  display: none !important;
}

.djs-segment-dragger.djs-dragging,
.djs-bendpoint.djs-dragging {
  display: block;
  opacity: 1.0;
}


/**
 * tooltips
 */
.djs-tooltip-error {
  width: 160px;
  padding: 6px;

  background: var(--tooltip-error-background-color);
  border: solid 1px var(--tooltip-error-border-color);
  border-radius: var(--surface-border-radius);
  color: var(--tooltip-error-color);
  font-size: 12px;
  line-height: 16px;

  opacity: 0.75;
}

.djs-tooltip-error:hover {
  opacity: 1;
}


/**
 * search pad
 */
.djs-search-open .djs-context-pad {
  display: none;
}

.djs-search-open .djs-connection.selected .djs-outline {
  display: block;
}

.djs-search-container {
  position: absolute;
  top: 20px;
  left: 0;
  right: 0;
  margin-left: auto;
  margin-right: auto;

  width: 25%;
  min-width: 300px;
  max-width: 400px;
  z-index: 10;

  font-family: var(--search-font-family);
  font-size: var(--search-font-size);
  border-radius: var(--surface-border-radius);
  box-shadow: 0px 2px 6px var(--search-shadow-color);
}

.djs-search-container:not(.open) {
  display: none;
}

.djs-search-input {
  position: relative;
}

.djs-search-input svg {
  position: absolute;
  left: 8px;
  top: 7px;
}

.djs-search-input input {
  font-size: var(--search-font-size);
  width: 100%;
  padding: 3px 6px 3px 28px;
  border: 1px solid var(--search-input-border-color);
  border-radius: var(--input-border-radius);
  box-sizing: border-box;
  line-height: 21px;
}

.djs-search-input input:focus {
  background-color: var(--search-input-focus-background-color);
  border: solid 1px var(--search-input-focus-border-color);
  outline: none;
}

.djs-search-results {
  position: relative;
  overflow-y: auto;
  max-height: 200px;
  background: var(--search-container-background-color);
}

.djs-search-result {
  padding: 6px 8px;
}

.djs-search-result-primary {
  margin: 0 0 3px;
  text-overflow: ellipsis;
  overflow: hidden;
  white-space: nowrap;
}

.djs-search-result-secondary {
  font-family: monospace;
  margin: 0;
  text-overflow: ellipsis;
  overflow: hidden;
  white-space: nowrap;
  color: var(--search-result-secondary-color);
}

.djs-search-result:hover {
  background: var(--search-result-hover-background-color);
}

.djs-search-result-selected {
  background: var(--search-result-hover-background-color);
}

.djs-search-result-selected:hover {
  background: var(--search-result-hover-background-color);
}

.djs-search-open .djs-element .djs-outline {
  fill: var(--search-preselected-background-color) !important;
}

/**
 * hidden styles
 */
.djs-element-hidden,
.djs-element-hidden .djs-hit,
.djs-element-hidden .djs-outline,
.djs-label-hidden .djs-label {
  display: none !important;
}

.djs-element .djs-hit-stroke,
.djs-element .djs-hit-click-stroke,
.djs-element .djs-hit-all {
  cursor: move;
}`;var ws=`/**
 * Semantic tokens, copied from \`@bpmn-io/theme\` to style the components
 * according to this theme.
 *
 * Names and values of the tokens should stay intact with the \`@bpmn-io/theme\`
 * source of truth, to ensure matching styles and allow overrides with an
 * alternative theme.
 */
.bio-theme-parent {
  --bio-surface-subtle: hsl(225, 10%, 97%);
  --bio-text-on-primary: hsl(0, 0%, 100%);
  --bio-border: hsl(225, 10%, 75%);
  --bio-primary: hsl(205, 100%, 40%);
  --bio-focus: hsl(205, 100%, 40%);
  --bio-radius-md: 3px;
  --bio-radius-lg: 4px;
}

.bjs-container {
  --bjs-font-family: Arial, sans-serif;

  --accent-color: var(--bio-primary);

  --breadcrumbs-font-family: var(--bjs-font-family);
  --breadcrumbs-item-color: var(--accent-color);
  --breadcrumbs-background-color: var(--bio-surface-subtle);
  --breadcrumbs-border-color: var(--bio-border);
  --breadcrumbs-focus-outline-color: var(--bio-focus);
  --drilldown-fill-color: var(--bio-text-on-primary);
  --drilldown-background-color: var(--accent-color);
  --drilldown-focus-outline-color: var(--bio-focus);

  --button-border-radius: var(--bio-radius-md);
  --surface-border-radius: var(--bio-radius-lg);
}

.bjs-breadcrumbs {
  position: absolute;
  display: none;
  flex-wrap: wrap;
  align-items: center;
  top: 20px;
  left: 20px;
  padding: 5px 10px;
  margin: 0px;
  font-family: var(--breadcrumbs-font-family);
  font-size: 16px;
  line-height: normal;
  background-color: var(--breadcrumbs-background-color);
  border: solid 1px var(--breadcrumbs-border-color);
  border-radius: var(--surface-border-radius);
  row-gap: 5px;
}

.bjs-breadcrumbs-shown .bjs-breadcrumbs {
  display: flex;
}

.djs-palette-shown .bjs-breadcrumbs {
  left: 90px;
}

.djs-palette-shown.djs-palette-two-column .bjs-breadcrumbs {
  left: 140px;
}

.bjs-breadcrumbs li {
  display: inline-flex;
  align-items: center;
}

.bjs-breadcrumbs a.bjs-crumb {
  cursor: pointer;
  color: var(--breadcrumbs-item-color);
  text-decoration: none;
}

.bjs-breadcrumbs a.bjs-crumb:focus-visible {
  outline: solid 1px var(--breadcrumbs-focus-outline-color);
  outline-offset: 1px;
}

.bjs-breadcrumbs li:not(:first-child)::before {
  content: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" width="17" height="17" viewBox="0 0 24 24"><path d="M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z" /><path d="M0 0h24v24H0z" fill="none" /></svg>');
  padding: 0 8px;
  height: 1em;
}

.bjs-breadcrumbs .bjs-crumb {
  display: inline-block;
  max-width: 200px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.bjs-drilldown {
  width: 20px;
  height: 20px;

  padding: 0px;
  margin-left: -20px;

  cursor: pointer;
  border: none;
  border-radius: var(--button-border-radius);

  fill: var(--drilldown-fill-color);
  background-color: var(--drilldown-background-color);
}

.bjs-drilldown:focus-visible {
  outline: solid 1px var(--drilldown-focus-outline-color);
  outline-offset: 1px;
}

.bjs-drilldown-empty {
  display: none;
}

.selected .bjs-drilldown-empty {
  display: inherit;
}

[data-popup="align-elements"] .djs-popup-results {
  display: flex;
}

[data-popup="align-elements"] .djs-popup-body [data-group] + [data-group] {
  border-left: 1px solid var(--popup-border-color);
}

[data-popup="align-elements"] [data-group="align"] {
  display: grid;
  grid-template-columns: repeat(3, 1fr);
}

[data-popup="align-elements"] .djs-popup-body .entry {
  padding: 6px 8px;
}

[data-popup="align-elements"] .djs-popup-body .entry:not(:first-child) {
  margin-top: 0;
}

[data-popup="align-elements"] .djs-popup-entry-icon {
  display: block;
  margin: 0;
  height: 20px;
  width: 20px;
}
`;var _s="completed",As="current",Ki="times-passed",zp=e=>/(Task|SubProcess|CallActivity)$/.test(e.type),Br=class extends Ct{constructor(){super();Xt(this,"viewer");Xt(this,"resizeObserver",new ResizeObserver(()=>this.fit()));Xt(this,"imported");this.xml="",this.timesPassed={},this.current=[]}render(){return uo`<div class="canvas" part="canvas"></div>`}firstUpdated(){let r=this.renderRoot.querySelector(".canvas");this.viewer=new qt({container:r,zoomScroll:{enabled:!1}}),r.addEventListener("wheel",n=>this.zoomWithCtrl(n),{passive:!1}),this.resizeObserver.observe(r)}connectedCallback(){super.connectedCallback();let r=this.renderRoot?.querySelector(".canvas");r&&this.resizeObserver.observe(r)}disconnectedCallback(){this.resizeObserver.disconnect(),super.disconnectedCallback()}updated(r){r.has("xml")?this.show(this.xml):(r.has("timesPassed")||r.has("current"))&&this.mark()}async show(r){if(!(!this.viewer||!r)){this.imported=void 0,this.removeAttribute("rendered");try{await this.viewer.importXML(r)}catch(n){console.error("process-diagram: the BPMN could not be shown",n);return}r===this.xml&&(this.imported=r,this.fit(),this.mark(),this.setAttribute("rendered",""))}}mark(){if(!this.viewer||this.imported===void 0)return;let r=this.viewer.get("canvas"),n=this.viewer.get("overlays"),i=this.viewer.get("elementRegistry");n.remove({type:Ki});for(let o of i.getAll())r.removeMarker(o.id,_s),r.removeMarker(o.id,As);for(let[o,s]of Object.entries(this.timesPassed??{})){let u=i.get(o);!u||s<1||(r.addMarker(o,_s),zp(u)&&n.add(o,Ki,{position:{top:-10,right:26},html:Vp(s)}))}for(let o of this.current??[])i.get(o)&&r.addMarker(o,As)}fit(){let r=this.renderRoot.querySelector(".canvas");if(!this.viewer||this.imported===void 0||!r?.clientWidth||!r.clientHeight)return;let n=this.viewer.get("canvas");n.resized(),n.zoom("fit-viewport","auto")}zoomWithCtrl(r){if(!this.viewer||!(r.ctrlKey||r.metaKey))return;r.preventDefault();let n=this.viewer.get("canvas"),i=r.currentTarget.getBoundingClientRect();n.zoom(n.zoom()*Math.pow(1.0015,-r.deltaY),{x:r.clientX-i.left,y:r.clientY-i.top})}};Xt(Br,"properties",{xml:{type:String},timesPassed:{type:Object},current:{type:Array}}),Xt(Br,"styles",[dr(Es),dr(ws),Bn`
      :host {
        display: block;
        position: relative;
        height: 28rem;
        box-sizing: border-box;
        border: 1px solid var(--lumo-contrast-10pct, #e0e0e0);
        border-radius: var(--lumo-border-radius-l, 0.75em);
        background: var(--lumo-base-color, #fff);
        overflow: hidden;
      }
      .canvas {
        width: 100%;
        height: 100%;
      }
      .completed:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: hsl(145, 63%, 30%) !important;
        fill: hsl(145, 60%, 93%) !important;
      }
      .current:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: hsl(28, 95%, 45%) !important;
        stroke-width: 4px !important;
        fill: hsl(35, 100%, 90%) !important;
        animation: current-pulse 1.6s ease-in-out infinite;
      }
      @keyframes current-pulse {
        50% {
          stroke-opacity: 0.35;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .current:not(.djs-connection) .djs-visual > :nth-child(1) {
          animation: none;
        }
      }
      .times-passed {
        display: inline-block;
        min-width: 1.4em;
        padding: 0 0.35em;
        border-radius: 0.8em;
        background: hsl(145, 63%, 30%);
        color: #fff;
        font: 600 12px/1.5 var(--lumo-font-family, sans-serif);
        text-align: center;
        white-space: nowrap;
      }
    `]);function Vp(e){let t=document.createElement("span");return t.className=Ki,t.textContent=`\xD7${e}`,t.title=e===1?"Completed once":`Completed ${e} times`,t}customElements.define("process-diagram",Br);export{Br as ProcessDiagram};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
