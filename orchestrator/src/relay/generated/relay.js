/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const cosim = $root.cosim = (() => {

    /**
     * Namespace cosim.
     * @exports cosim
     * @namespace
     */
    const cosim = {};

    cosim.relay = (function() {

        /**
         * Namespace relay.
         * @memberof cosim
         * @namespace
         */
        const relay = {};

        relay.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} cosim.relay.Request.$Properties
             * @property {number|null} [id] Request id
             * @property {cosim.relay.Socket.$Properties|null} [socket] Request socket
             * @property {cosim.relay.Bind.$Properties|null} [bind] Request bind
             * @property {cosim.relay.Listen.$Properties|null} [listen] Request listen
             * @property {cosim.relay.Accept.$Properties|null} [accept] Request accept
             * @property {cosim.relay.Connect.$Properties|null} [connect] Request connect
             * @property {cosim.relay.SetSockOpt.$Properties|null} [setsockopt] Request setsockopt
             * @property {cosim.relay.GetSockOpt.$Properties|null} [getsockopt] Request getsockopt
             * @property {cosim.relay.GetTcpInfo.$Properties|null} [tcpInfo] Request tcpInfo
             * @property {cosim.relay.Write.$Properties|null} [write] Request write
             * @property {cosim.relay.WriteGenerated.$Properties|null} [writeGenerated] Request writeGenerated
             * @property {cosim.relay.Read.$Properties|null} [read] Request read
             * @property {cosim.relay.ReadDiscard.$Properties|null} [readDiscard] Request readDiscard
             * @property {cosim.relay.Close.$Properties|null} [close] Request close
             * @property {cosim.relay.Shutdown.$Properties|null} [shutdown] Request shutdown
             * @property {cosim.relay.SysctlGet.$Properties|null} [sysctlGet] Request sysctlGet
             * @property {cosim.relay.SysctlSet.$Properties|null} [sysctlSet] Request sysctlSet
             * @property {cosim.relay.Exec.$Properties|null} [exec] Request exec
             * @property {cosim.relay.SampleTcpInfo.$Properties|null} [sampleTcpInfo] Request sampleTcpInfo
             * @property {cosim.relay.UdpSend.$Properties|null} [udpSend] Request udpSend
             * @property {cosim.relay.UdpReceive.$Properties|null} [udpReceive] Request udpReceive
             * @property {cosim.relay.RrServe.$Properties|null} [rrServe] Request rrServe
             * @property {cosim.relay.RrClient.$Properties|null} [rrClient] Request rrClient
             * @property {cosim.relay.NetnsCreate.$Properties|null} [netnsCreate] Request netnsCreate
             * @property {cosim.relay.VlanCreate.$Properties|null} [vlanCreate] Request vlanCreate
             * @property {cosim.relay.AddEntropy.$Properties|null} [addEntropy] Request addEntropy
             * @property {cosim.relay.ExecCancel.$Properties|null} [execCancel] Request execCancel
             * @property {"socket"|"bind"|"listen"|"accept"|"connect"|"setsockopt"|"getsockopt"|"tcpInfo"|"write"|"writeGenerated"|"read"|"readDiscard"|"close"|"shutdown"|"sysctlGet"|"sysctlSet"|"exec"|"sampleTcpInfo"|"udpSend"|"udpReceive"|"rrServe"|"rrClient"|"netnsCreate"|"vlanCreate"|"addEntropy"|"execCancel"} [op] Request op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof cosim.relay
             * @interface IRequest
             * @augments cosim.relay.Request.$Properties
             * @deprecated Use cosim.relay.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   id?: number|null;
             *   socket?: cosim.relay.Socket.$Shape|null;
             *   bind?: cosim.relay.Bind.$Shape|null;
             *   listen?: cosim.relay.Listen.$Shape|null;
             *   accept?: cosim.relay.Accept.$Shape|null;
             *   connect?: cosim.relay.Connect.$Shape|null;
             *   setsockopt?: cosim.relay.SetSockOpt.$Shape|null;
             *   getsockopt?: cosim.relay.GetSockOpt.$Shape|null;
             *   tcpInfo?: cosim.relay.GetTcpInfo.$Shape|null;
             *   write?: cosim.relay.Write.$Shape|null;
             *   writeGenerated?: cosim.relay.WriteGenerated.$Shape|null;
             *   read?: cosim.relay.Read.$Shape|null;
             *   readDiscard?: cosim.relay.ReadDiscard.$Shape|null;
             *   close?: cosim.relay.Close.$Shape|null;
             *   shutdown?: cosim.relay.Shutdown.$Shape|null;
             *   sysctlGet?: cosim.relay.SysctlGet.$Shape|null;
             *   sysctlSet?: cosim.relay.SysctlSet.$Shape|null;
             *   exec?: cosim.relay.Exec.$Shape|null;
             *   sampleTcpInfo?: cosim.relay.SampleTcpInfo.$Shape|null;
             *   udpSend?: cosim.relay.UdpSend.$Shape|null;
             *   udpReceive?: cosim.relay.UdpReceive.$Shape|null;
             *   rrServe?: cosim.relay.RrServe.$Shape|null;
             *   rrClient?: cosim.relay.RrClient.$Shape|null;
             *   netnsCreate?: cosim.relay.NetnsCreate.$Shape|null;
             *   vlanCreate?: cosim.relay.VlanCreate.$Shape|null;
             *   addEntropy?: cosim.relay.AddEntropy.$Shape|null;
             *   execCancel?: cosim.relay.ExecCancel.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "socket"; socket: cosim.relay.Socket.$Shape; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "bind"; socket?: null; bind: cosim.relay.Bind.$Shape; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "listen"; socket?: null; bind?: null; listen: cosim.relay.Listen.$Shape; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "accept"; socket?: null; bind?: null; listen?: null; accept: cosim.relay.Accept.$Shape; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "connect"; socket?: null; bind?: null; listen?: null; accept?: null; connect: cosim.relay.Connect.$Shape; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "setsockopt"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt: cosim.relay.SetSockOpt.$Shape; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "getsockopt"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt: cosim.relay.GetSockOpt.$Shape; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "tcpInfo"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo: cosim.relay.GetTcpInfo.$Shape; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "write"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write: cosim.relay.Write.$Shape; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "writeGenerated"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated: cosim.relay.WriteGenerated.$Shape; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "read"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read: cosim.relay.Read.$Shape; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "readDiscard"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard: cosim.relay.ReadDiscard.$Shape; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "close"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close: cosim.relay.Close.$Shape; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "shutdown"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown: cosim.relay.Shutdown.$Shape; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sysctlGet"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet: cosim.relay.SysctlGet.$Shape; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sysctlSet"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet: cosim.relay.SysctlSet.$Shape; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "exec"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec: cosim.relay.Exec.$Shape; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sampleTcpInfo"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo: cosim.relay.SampleTcpInfo.$Shape; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "udpSend"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend: cosim.relay.UdpSend.$Shape; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "udpReceive"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive: cosim.relay.UdpReceive.$Shape; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "rrServe"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe: cosim.relay.RrServe.$Shape; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "rrClient"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient: cosim.relay.RrClient.$Shape; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "netnsCreate"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate: cosim.relay.NetnsCreate.$Shape; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "vlanCreate"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate: cosim.relay.VlanCreate.$Shape; addEntropy?: null; execCancel?: null }|{ op?: "addEntropy"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy: cosim.relay.AddEntropy.$Shape; execCancel?: null }|{ op?: "execCancel"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel: cosim.relay.ExecCancel.$Shape })
             * )} cosim.relay.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof cosim.relay
             * @classdesc Represents a Request.
             * @constructor
             * @param {cosim.relay.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request id.
             * @member {number} id
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.id = 0;

            /**
             * Request socket.
             * @member {cosim.relay.Socket.$Properties|null|undefined} socket
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.socket = null;

            /**
             * Request bind.
             * @member {cosim.relay.Bind.$Properties|null|undefined} bind
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.bind = null;

            /**
             * Request listen.
             * @member {cosim.relay.Listen.$Properties|null|undefined} listen
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.listen = null;

            /**
             * Request accept.
             * @member {cosim.relay.Accept.$Properties|null|undefined} accept
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.accept = null;

            /**
             * Request connect.
             * @member {cosim.relay.Connect.$Properties|null|undefined} connect
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.connect = null;

            /**
             * Request setsockopt.
             * @member {cosim.relay.SetSockOpt.$Properties|null|undefined} setsockopt
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.setsockopt = null;

            /**
             * Request getsockopt.
             * @member {cosim.relay.GetSockOpt.$Properties|null|undefined} getsockopt
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.getsockopt = null;

            /**
             * Request tcpInfo.
             * @member {cosim.relay.GetTcpInfo.$Properties|null|undefined} tcpInfo
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.tcpInfo = null;

            /**
             * Request write.
             * @member {cosim.relay.Write.$Properties|null|undefined} write
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.write = null;

            /**
             * Request writeGenerated.
             * @member {cosim.relay.WriteGenerated.$Properties|null|undefined} writeGenerated
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.writeGenerated = null;

            /**
             * Request read.
             * @member {cosim.relay.Read.$Properties|null|undefined} read
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.read = null;

            /**
             * Request readDiscard.
             * @member {cosim.relay.ReadDiscard.$Properties|null|undefined} readDiscard
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.readDiscard = null;

            /**
             * Request close.
             * @member {cosim.relay.Close.$Properties|null|undefined} close
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.close = null;

            /**
             * Request shutdown.
             * @member {cosim.relay.Shutdown.$Properties|null|undefined} shutdown
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.shutdown = null;

            /**
             * Request sysctlGet.
             * @member {cosim.relay.SysctlGet.$Properties|null|undefined} sysctlGet
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.sysctlGet = null;

            /**
             * Request sysctlSet.
             * @member {cosim.relay.SysctlSet.$Properties|null|undefined} sysctlSet
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.sysctlSet = null;

            /**
             * Request exec.
             * @member {cosim.relay.Exec.$Properties|null|undefined} exec
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.exec = null;

            /**
             * Request sampleTcpInfo.
             * @member {cosim.relay.SampleTcpInfo.$Properties|null|undefined} sampleTcpInfo
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.sampleTcpInfo = null;

            /**
             * Request udpSend.
             * @member {cosim.relay.UdpSend.$Properties|null|undefined} udpSend
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.udpSend = null;

            /**
             * Request udpReceive.
             * @member {cosim.relay.UdpReceive.$Properties|null|undefined} udpReceive
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.udpReceive = null;

            /**
             * Request rrServe.
             * @member {cosim.relay.RrServe.$Properties|null|undefined} rrServe
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.rrServe = null;

            /**
             * Request rrClient.
             * @member {cosim.relay.RrClient.$Properties|null|undefined} rrClient
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.rrClient = null;

            /**
             * Request netnsCreate.
             * @member {cosim.relay.NetnsCreate.$Properties|null|undefined} netnsCreate
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.netnsCreate = null;

            /**
             * Request vlanCreate.
             * @member {cosim.relay.VlanCreate.$Properties|null|undefined} vlanCreate
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.vlanCreate = null;

            /**
             * Request addEntropy.
             * @member {cosim.relay.AddEntropy.$Properties|null|undefined} addEntropy
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.addEntropy = null;

            /**
             * Request execCancel.
             * @member {cosim.relay.ExecCancel.$Properties|null|undefined} execCancel
             * @memberof cosim.relay.Request
             * @instance
             */
            Request.prototype.execCancel = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request op.
             * @member {"socket"|"bind"|"listen"|"accept"|"connect"|"setsockopt"|"getsockopt"|"tcpInfo"|"write"|"writeGenerated"|"read"|"readDiscard"|"close"|"shutdown"|"sysctlGet"|"sysctlSet"|"exec"|"sampleTcpInfo"|"udpSend"|"udpReceive"|"rrServe"|"rrClient"|"netnsCreate"|"vlanCreate"|"addEntropy"|"execCancel"|undefined} op
             * @memberof cosim.relay.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["socket", "bind", "listen", "accept", "connect", "setsockopt", "getsockopt", "tcpInfo", "write", "writeGenerated", "read", "readDiscard", "close", "shutdown", "sysctlGet", "sysctlSet", "exec", "sampleTcpInfo", "udpSend", "udpReceive", "rrServe", "rrClient", "netnsCreate", "vlanCreate", "addEntropy", "execCancel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Request
             * @static
             * @param {cosim.relay.Request.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Request} Request instance
             * @type {{
             *   (properties: cosim.relay.Request.$Shape): cosim.relay.Request & cosim.relay.Request.$Shape;
             *   (properties?: cosim.relay.Request.$Properties): cosim.relay.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link cosim.relay.Request.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Request
             * @static
             * @param {cosim.relay.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.socket != null && $Object.hasOwnProperty.call(message, "socket"))
                    $root.cosim.relay.Socket.encode(message.socket, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.bind != null && $Object.hasOwnProperty.call(message, "bind"))
                    $root.cosim.relay.Bind.encode(message.bind, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.listen != null && $Object.hasOwnProperty.call(message, "listen"))
                    $root.cosim.relay.Listen.encode(message.listen, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.cosim.relay.Accept.encode(message.accept, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect"))
                    $root.cosim.relay.Connect.encode(message.connect, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.setsockopt != null && $Object.hasOwnProperty.call(message, "setsockopt"))
                    $root.cosim.relay.SetSockOpt.encode(message.setsockopt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.getsockopt != null && $Object.hasOwnProperty.call(message, "getsockopt"))
                    $root.cosim.relay.GetSockOpt.encode(message.getsockopt, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.tcpInfo != null && $Object.hasOwnProperty.call(message, "tcpInfo"))
                    $root.cosim.relay.GetTcpInfo.encode(message.tcpInfo, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.write != null && $Object.hasOwnProperty.call(message, "write"))
                    $root.cosim.relay.Write.encode(message.write, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.writeGenerated != null && $Object.hasOwnProperty.call(message, "writeGenerated"))
                    $root.cosim.relay.WriteGenerated.encode(message.writeGenerated, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.cosim.relay.Read.encode(message.read, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.readDiscard != null && $Object.hasOwnProperty.call(message, "readDiscard"))
                    $root.cosim.relay.ReadDiscard.encode(message.readDiscard, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    $root.cosim.relay.Close.encode(message.close, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.cosim.relay.Shutdown.encode(message.shutdown, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.sysctlGet != null && $Object.hasOwnProperty.call(message, "sysctlGet"))
                    $root.cosim.relay.SysctlGet.encode(message.sysctlGet, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.sysctlSet != null && $Object.hasOwnProperty.call(message, "sysctlSet"))
                    $root.cosim.relay.SysctlSet.encode(message.sysctlSet, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                    $root.cosim.relay.Exec.encode(message.exec, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.sampleTcpInfo != null && $Object.hasOwnProperty.call(message, "sampleTcpInfo"))
                    $root.cosim.relay.SampleTcpInfo.encode(message.sampleTcpInfo, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.udpSend != null && $Object.hasOwnProperty.call(message, "udpSend"))
                    $root.cosim.relay.UdpSend.encode(message.udpSend, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.udpReceive != null && $Object.hasOwnProperty.call(message, "udpReceive"))
                    $root.cosim.relay.UdpReceive.encode(message.udpReceive, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.rrServe != null && $Object.hasOwnProperty.call(message, "rrServe"))
                    $root.cosim.relay.RrServe.encode(message.rrServe, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.rrClient != null && $Object.hasOwnProperty.call(message, "rrClient"))
                    $root.cosim.relay.RrClient.encode(message.rrClient, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.netnsCreate != null && $Object.hasOwnProperty.call(message, "netnsCreate"))
                    $root.cosim.relay.NetnsCreate.encode(message.netnsCreate, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.vlanCreate != null && $Object.hasOwnProperty.call(message, "vlanCreate"))
                    $root.cosim.relay.VlanCreate.encode(message.vlanCreate, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.addEntropy != null && $Object.hasOwnProperty.call(message, "addEntropy"))
                    $root.cosim.relay.AddEntropy.encode(message.addEntropy, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.execCancel != null && $Object.hasOwnProperty.call(message, "execCancel"))
                    $root.cosim.relay.ExecCancel.encode(message.execCancel, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link cosim.relay.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Request
             * @static
             * @param {cosim.relay.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Request & cosim.relay.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.socket = $root.cosim.relay.Socket.decode(reader, reader.size(), $undefined, _depth + 1, message.socket);
                            message.op = "socket";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.bind = $root.cosim.relay.Bind.decode(reader, reader.size(), $undefined, _depth + 1, message.bind);
                            message.op = "bind";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.listen = $root.cosim.relay.Listen.decode(reader, reader.size(), $undefined, _depth + 1, message.listen);
                            message.op = "listen";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.cosim.relay.Accept.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            message.op = "accept";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.connect = $root.cosim.relay.Connect.decode(reader, reader.size(), $undefined, _depth + 1, message.connect);
                            message.op = "connect";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.setsockopt = $root.cosim.relay.SetSockOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.setsockopt);
                            message.op = "setsockopt";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.getsockopt = $root.cosim.relay.GetSockOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.getsockopt);
                            message.op = "getsockopt";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.tcpInfo = $root.cosim.relay.GetTcpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tcpInfo);
                            message.op = "tcpInfo";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.write = $root.cosim.relay.Write.decode(reader, reader.size(), $undefined, _depth + 1, message.write);
                            message.op = "write";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.writeGenerated = $root.cosim.relay.WriteGenerated.decode(reader, reader.size(), $undefined, _depth + 1, message.writeGenerated);
                            message.op = "writeGenerated";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.cosim.relay.Read.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.op = "read";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.readDiscard = $root.cosim.relay.ReadDiscard.decode(reader, reader.size(), $undefined, _depth + 1, message.readDiscard);
                            message.op = "readDiscard";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.close = $root.cosim.relay.Close.decode(reader, reader.size(), $undefined, _depth + 1, message.close);
                            message.op = "close";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.cosim.relay.Shutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            message.op = "shutdown";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.sysctlGet = $root.cosim.relay.SysctlGet.decode(reader, reader.size(), $undefined, _depth + 1, message.sysctlGet);
                            message.op = "sysctlGet";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.sysctlSet = $root.cosim.relay.SysctlSet.decode(reader, reader.size(), $undefined, _depth + 1, message.sysctlSet);
                            message.op = "sysctlSet";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.exec = $root.cosim.relay.Exec.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                            message.op = "exec";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.sampleTcpInfo = $root.cosim.relay.SampleTcpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.sampleTcpInfo);
                            message.op = "sampleTcpInfo";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.udpSend = $root.cosim.relay.UdpSend.decode(reader, reader.size(), $undefined, _depth + 1, message.udpSend);
                            message.op = "udpSend";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.udpReceive = $root.cosim.relay.UdpReceive.decode(reader, reader.size(), $undefined, _depth + 1, message.udpReceive);
                            message.op = "udpReceive";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.rrServe = $root.cosim.relay.RrServe.decode(reader, reader.size(), $undefined, _depth + 1, message.rrServe);
                            message.op = "rrServe";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.rrClient = $root.cosim.relay.RrClient.decode(reader, reader.size(), $undefined, _depth + 1, message.rrClient);
                            message.op = "rrClient";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.netnsCreate = $root.cosim.relay.NetnsCreate.decode(reader, reader.size(), $undefined, _depth + 1, message.netnsCreate);
                            message.op = "netnsCreate";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.vlanCreate = $root.cosim.relay.VlanCreate.decode(reader, reader.size(), $undefined, _depth + 1, message.vlanCreate);
                            message.op = "vlanCreate";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.addEntropy = $root.cosim.relay.AddEntropy.decode(reader, reader.size(), $undefined, _depth + 1, message.addEntropy);
                            message.op = "addEntropy";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.execCancel = $root.cosim.relay.ExecCancel.decode(reader, reader.size(), $undefined, _depth + 1, message.execCancel);
                            message.op = "execCancel";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Request & cosim.relay.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Request();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.socket != null) {
                    if (!$util.isObject(object.socket))
                        throw $TypeError(".cosim.relay.Request.socket: object expected");
                    message.socket = $root.cosim.relay.Socket.fromObject(object.socket, _depth + 1);
                }
                if (object.bind != null) {
                    if (!$util.isObject(object.bind))
                        throw $TypeError(".cosim.relay.Request.bind: object expected");
                    message.bind = $root.cosim.relay.Bind.fromObject(object.bind, _depth + 1);
                }
                if (object.listen != null) {
                    if (!$util.isObject(object.listen))
                        throw $TypeError(".cosim.relay.Request.listen: object expected");
                    message.listen = $root.cosim.relay.Listen.fromObject(object.listen, _depth + 1);
                }
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".cosim.relay.Request.accept: object expected");
                    message.accept = $root.cosim.relay.Accept.fromObject(object.accept, _depth + 1);
                }
                if (object.connect != null) {
                    if (!$util.isObject(object.connect))
                        throw $TypeError(".cosim.relay.Request.connect: object expected");
                    message.connect = $root.cosim.relay.Connect.fromObject(object.connect, _depth + 1);
                }
                if (object.setsockopt != null) {
                    if (!$util.isObject(object.setsockopt))
                        throw $TypeError(".cosim.relay.Request.setsockopt: object expected");
                    message.setsockopt = $root.cosim.relay.SetSockOpt.fromObject(object.setsockopt, _depth + 1);
                }
                if (object.getsockopt != null) {
                    if (!$util.isObject(object.getsockopt))
                        throw $TypeError(".cosim.relay.Request.getsockopt: object expected");
                    message.getsockopt = $root.cosim.relay.GetSockOpt.fromObject(object.getsockopt, _depth + 1);
                }
                if (object.tcpInfo != null) {
                    if (!$util.isObject(object.tcpInfo))
                        throw $TypeError(".cosim.relay.Request.tcpInfo: object expected");
                    message.tcpInfo = $root.cosim.relay.GetTcpInfo.fromObject(object.tcpInfo, _depth + 1);
                }
                if (object.write != null) {
                    if (!$util.isObject(object.write))
                        throw $TypeError(".cosim.relay.Request.write: object expected");
                    message.write = $root.cosim.relay.Write.fromObject(object.write, _depth + 1);
                }
                if (object.writeGenerated != null) {
                    if (!$util.isObject(object.writeGenerated))
                        throw $TypeError(".cosim.relay.Request.writeGenerated: object expected");
                    message.writeGenerated = $root.cosim.relay.WriteGenerated.fromObject(object.writeGenerated, _depth + 1);
                }
                if (object.read != null) {
                    if (!$util.isObject(object.read))
                        throw $TypeError(".cosim.relay.Request.read: object expected");
                    message.read = $root.cosim.relay.Read.fromObject(object.read, _depth + 1);
                }
                if (object.readDiscard != null) {
                    if (!$util.isObject(object.readDiscard))
                        throw $TypeError(".cosim.relay.Request.readDiscard: object expected");
                    message.readDiscard = $root.cosim.relay.ReadDiscard.fromObject(object.readDiscard, _depth + 1);
                }
                if (object.close != null) {
                    if (!$util.isObject(object.close))
                        throw $TypeError(".cosim.relay.Request.close: object expected");
                    message.close = $root.cosim.relay.Close.fromObject(object.close, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".cosim.relay.Request.shutdown: object expected");
                    message.shutdown = $root.cosim.relay.Shutdown.fromObject(object.shutdown, _depth + 1);
                }
                if (object.sysctlGet != null) {
                    if (!$util.isObject(object.sysctlGet))
                        throw $TypeError(".cosim.relay.Request.sysctlGet: object expected");
                    message.sysctlGet = $root.cosim.relay.SysctlGet.fromObject(object.sysctlGet, _depth + 1);
                }
                if (object.sysctlSet != null) {
                    if (!$util.isObject(object.sysctlSet))
                        throw $TypeError(".cosim.relay.Request.sysctlSet: object expected");
                    message.sysctlSet = $root.cosim.relay.SysctlSet.fromObject(object.sysctlSet, _depth + 1);
                }
                if (object.exec != null) {
                    if (!$util.isObject(object.exec))
                        throw $TypeError(".cosim.relay.Request.exec: object expected");
                    message.exec = $root.cosim.relay.Exec.fromObject(object.exec, _depth + 1);
                }
                if (object.sampleTcpInfo != null) {
                    if (!$util.isObject(object.sampleTcpInfo))
                        throw $TypeError(".cosim.relay.Request.sampleTcpInfo: object expected");
                    message.sampleTcpInfo = $root.cosim.relay.SampleTcpInfo.fromObject(object.sampleTcpInfo, _depth + 1);
                }
                if (object.udpSend != null) {
                    if (!$util.isObject(object.udpSend))
                        throw $TypeError(".cosim.relay.Request.udpSend: object expected");
                    message.udpSend = $root.cosim.relay.UdpSend.fromObject(object.udpSend, _depth + 1);
                }
                if (object.udpReceive != null) {
                    if (!$util.isObject(object.udpReceive))
                        throw $TypeError(".cosim.relay.Request.udpReceive: object expected");
                    message.udpReceive = $root.cosim.relay.UdpReceive.fromObject(object.udpReceive, _depth + 1);
                }
                if (object.rrServe != null) {
                    if (!$util.isObject(object.rrServe))
                        throw $TypeError(".cosim.relay.Request.rrServe: object expected");
                    message.rrServe = $root.cosim.relay.RrServe.fromObject(object.rrServe, _depth + 1);
                }
                if (object.rrClient != null) {
                    if (!$util.isObject(object.rrClient))
                        throw $TypeError(".cosim.relay.Request.rrClient: object expected");
                    message.rrClient = $root.cosim.relay.RrClient.fromObject(object.rrClient, _depth + 1);
                }
                if (object.netnsCreate != null) {
                    if (!$util.isObject(object.netnsCreate))
                        throw $TypeError(".cosim.relay.Request.netnsCreate: object expected");
                    message.netnsCreate = $root.cosim.relay.NetnsCreate.fromObject(object.netnsCreate, _depth + 1);
                }
                if (object.vlanCreate != null) {
                    if (!$util.isObject(object.vlanCreate))
                        throw $TypeError(".cosim.relay.Request.vlanCreate: object expected");
                    message.vlanCreate = $root.cosim.relay.VlanCreate.fromObject(object.vlanCreate, _depth + 1);
                }
                if (object.addEntropy != null) {
                    if (!$util.isObject(object.addEntropy))
                        throw $TypeError(".cosim.relay.Request.addEntropy: object expected");
                    message.addEntropy = $root.cosim.relay.AddEntropy.fromObject(object.addEntropy, _depth + 1);
                }
                if (object.execCancel != null) {
                    if (!$util.isObject(object.execCancel))
                        throw $TypeError(".cosim.relay.Request.execCancel: object expected");
                    message.execCancel = $root.cosim.relay.ExecCancel.fromObject(object.execCancel, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Request
             * @static
             * @param {cosim.relay.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.socket != null && $Object.hasOwnProperty.call(message, "socket")) {
                    object.socket = $root.cosim.relay.Socket.toObject(message.socket, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "socket";
                }
                if (message.bind != null && $Object.hasOwnProperty.call(message, "bind")) {
                    object.bind = $root.cosim.relay.Bind.toObject(message.bind, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "bind";
                }
                if (message.listen != null && $Object.hasOwnProperty.call(message, "listen")) {
                    object.listen = $root.cosim.relay.Listen.toObject(message.listen, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "listen";
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    object.accept = $root.cosim.relay.Accept.toObject(message.accept, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "accept";
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    object.connect = $root.cosim.relay.Connect.toObject(message.connect, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "connect";
                }
                if (message.setsockopt != null && $Object.hasOwnProperty.call(message, "setsockopt")) {
                    object.setsockopt = $root.cosim.relay.SetSockOpt.toObject(message.setsockopt, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "setsockopt";
                }
                if (message.getsockopt != null && $Object.hasOwnProperty.call(message, "getsockopt")) {
                    object.getsockopt = $root.cosim.relay.GetSockOpt.toObject(message.getsockopt, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "getsockopt";
                }
                if (message.tcpInfo != null && $Object.hasOwnProperty.call(message, "tcpInfo")) {
                    object.tcpInfo = $root.cosim.relay.GetTcpInfo.toObject(message.tcpInfo, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "tcpInfo";
                }
                if (message.write != null && $Object.hasOwnProperty.call(message, "write")) {
                    object.write = $root.cosim.relay.Write.toObject(message.write, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "write";
                }
                if (message.writeGenerated != null && $Object.hasOwnProperty.call(message, "writeGenerated")) {
                    object.writeGenerated = $root.cosim.relay.WriteGenerated.toObject(message.writeGenerated, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "writeGenerated";
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    object.read = $root.cosim.relay.Read.toObject(message.read, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "read";
                }
                if (message.readDiscard != null && $Object.hasOwnProperty.call(message, "readDiscard")) {
                    object.readDiscard = $root.cosim.relay.ReadDiscard.toObject(message.readDiscard, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "readDiscard";
                }
                if (message.close != null && $Object.hasOwnProperty.call(message, "close")) {
                    object.close = $root.cosim.relay.Close.toObject(message.close, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "close";
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    object.shutdown = $root.cosim.relay.Shutdown.toObject(message.shutdown, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "shutdown";
                }
                if (message.sysctlGet != null && $Object.hasOwnProperty.call(message, "sysctlGet")) {
                    object.sysctlGet = $root.cosim.relay.SysctlGet.toObject(message.sysctlGet, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "sysctlGet";
                }
                if (message.sysctlSet != null && $Object.hasOwnProperty.call(message, "sysctlSet")) {
                    object.sysctlSet = $root.cosim.relay.SysctlSet.toObject(message.sysctlSet, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "sysctlSet";
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    object.exec = $root.cosim.relay.Exec.toObject(message.exec, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "exec";
                }
                if (message.sampleTcpInfo != null && $Object.hasOwnProperty.call(message, "sampleTcpInfo")) {
                    object.sampleTcpInfo = $root.cosim.relay.SampleTcpInfo.toObject(message.sampleTcpInfo, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "sampleTcpInfo";
                }
                if (message.udpSend != null && $Object.hasOwnProperty.call(message, "udpSend")) {
                    object.udpSend = $root.cosim.relay.UdpSend.toObject(message.udpSend, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "udpSend";
                }
                if (message.udpReceive != null && $Object.hasOwnProperty.call(message, "udpReceive")) {
                    object.udpReceive = $root.cosim.relay.UdpReceive.toObject(message.udpReceive, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "udpReceive";
                }
                if (message.rrServe != null && $Object.hasOwnProperty.call(message, "rrServe")) {
                    object.rrServe = $root.cosim.relay.RrServe.toObject(message.rrServe, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "rrServe";
                }
                if (message.rrClient != null && $Object.hasOwnProperty.call(message, "rrClient")) {
                    object.rrClient = $root.cosim.relay.RrClient.toObject(message.rrClient, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "rrClient";
                }
                if (message.netnsCreate != null && $Object.hasOwnProperty.call(message, "netnsCreate")) {
                    object.netnsCreate = $root.cosim.relay.NetnsCreate.toObject(message.netnsCreate, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "netnsCreate";
                }
                if (message.vlanCreate != null && $Object.hasOwnProperty.call(message, "vlanCreate")) {
                    object.vlanCreate = $root.cosim.relay.VlanCreate.toObject(message.vlanCreate, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "vlanCreate";
                }
                if (message.addEntropy != null && $Object.hasOwnProperty.call(message, "addEntropy")) {
                    object.addEntropy = $root.cosim.relay.AddEntropy.toObject(message.addEntropy, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "addEntropy";
                }
                if (message.execCancel != null && $Object.hasOwnProperty.call(message, "execCancel")) {
                    object.execCancel = $root.cosim.relay.ExecCancel.toObject(message.execCancel, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "execCancel";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof cosim.relay.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        /**
         * Family enum.
         * @name cosim.relay.Family
         * @enum {number}
         * @property {number} INET=0 INET value
         * @property {number} INET6=1 INET6 value
         */
        relay.Family = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INET"] = 0;
            values[valuesById[1] = "INET6"] = 1;
            return values;
        })();

        /**
         * SocketType enum.
         * @name cosim.relay.SocketType
         * @enum {number}
         * @property {number} TCP=0 TCP value
         * @property {number} UDP=1 UDP value
         */
        relay.SocketType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TCP"] = 0;
            values[valuesById[1] = "UDP"] = 1;
            return values;
        })();

        relay.Socket = (function() {

            /**
             * Properties of a Socket.
             * @typedef {Object} cosim.relay.Socket.$Properties
             * @property {cosim.relay.Family|null} [family] Socket family
             * @property {cosim.relay.SocketType|null} [type] Socket type
             * @property {string|null} [netns] Socket netns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Socket.
             * @memberof cosim.relay
             * @interface ISocket
             * @augments cosim.relay.Socket.$Properties
             * @deprecated Use cosim.relay.Socket.$Properties instead.
             */

            /**
             * Shape of a Socket.
             * @typedef {cosim.relay.Socket.$Properties} cosim.relay.Socket.$Shape
             */

            /**
             * Constructs a new Socket.
             * @memberof cosim.relay
             * @classdesc Represents a Socket.
             * @constructor
             * @param {cosim.relay.Socket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Socket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Socket family.
             * @member {cosim.relay.Family} family
             * @memberof cosim.relay.Socket
             * @instance
             */
            Socket.prototype.family = 0;

            /**
             * Socket type.
             * @member {cosim.relay.SocketType} type
             * @memberof cosim.relay.Socket
             * @instance
             */
            Socket.prototype.type = 0;

            /**
             * Socket netns.
             * @member {string} netns
             * @memberof cosim.relay.Socket
             * @instance
             */
            Socket.prototype.netns = "";

            /**
             * Creates a new Socket instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Socket
             * @static
             * @param {cosim.relay.Socket.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Socket} Socket instance
             * @type {{
             *   (properties: cosim.relay.Socket.$Shape): cosim.relay.Socket & cosim.relay.Socket.$Shape;
             *   (properties?: cosim.relay.Socket.$Properties): cosim.relay.Socket;
             * }}
             */
            Socket.create = function(properties) {
                return new Socket(properties);
            };

            /**
             * Encodes the specified Socket message. Does not implicitly {@link cosim.relay.Socket.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Socket
             * @static
             * @param {cosim.relay.Socket.$Properties} message Socket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Socket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.family != null && $Object.hasOwnProperty.call(message, "family") && message.family !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.family);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && message.netns !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.netns);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Socket message, length delimited. Does not implicitly {@link cosim.relay.Socket.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Socket
             * @static
             * @param {cosim.relay.Socket.$Properties} message Socket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Socket.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Socket message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Socket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Socket & cosim.relay.Socket.$Shape} Socket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Socket.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Socket();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.family = value;
                            else
                                delete message.family;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Socket message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Socket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Socket & cosim.relay.Socket.$Shape} Socket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Socket.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Socket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Socket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Socket} Socket
             */
            Socket.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Socket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Socket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Socket();
                if (object.family !== 0 && (typeof object.family !== "string" || $root.cosim.relay.Family[object.family] !== 0))
                    switch (object.family) {
                    case "INET":
                    case 0:
                        message.family = 0;
                        break;
                    case "INET6":
                    case 1:
                        message.family = 1;
                        break;
                    default:
                        if (typeof object.family === "number" && (object.family | 0) === object.family)
                            message.family = object.family;
                    }
                if (object.type !== 0 && (typeof object.type !== "string" || $root.cosim.relay.SocketType[object.type] !== 0))
                    switch (object.type) {
                    case "TCP":
                    case 0:
                        message.type = 0;
                        break;
                    case "UDP":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.netns != null)
                    if (typeof object.netns !== "string" || object.netns.length)
                        message.netns = $String(object.netns);
                return message;
            };

            /**
             * Creates a plain object from a Socket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Socket
             * @static
             * @param {cosim.relay.Socket} message Socket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Socket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.family = options.enums === $String ? "INET" : 0;
                    object.type = options.enums === $String ? "TCP" : 0;
                    object.netns = "";
                }
                if (message.family != null && $Object.hasOwnProperty.call(message, "family"))
                    object.family = options.enums === $String ? $root.cosim.relay.Family[message.family] === $undefined ? message.family : $root.cosim.relay.Family[message.family] : message.family;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.cosim.relay.SocketType[message.type] === $undefined ? message.type : $root.cosim.relay.SocketType[message.type] : message.type;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                return object;
            };

            /**
             * Converts this Socket to JSON.
             * @function toJSON
             * @memberof cosim.relay.Socket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Socket.prototype.toJSON = function() {
                return Socket.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Socket;
        })();

        relay.Bind = (function() {

            /**
             * Properties of a Bind.
             * @typedef {Object} cosim.relay.Bind.$Properties
             * @property {number|null} [fd] Bind fd
             * @property {string|null} [addr] Bind addr
             * @property {number|null} [port] Bind port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bind.
             * @memberof cosim.relay
             * @interface IBind
             * @augments cosim.relay.Bind.$Properties
             * @deprecated Use cosim.relay.Bind.$Properties instead.
             */

            /**
             * Shape of a Bind.
             * @typedef {cosim.relay.Bind.$Properties} cosim.relay.Bind.$Shape
             */

            /**
             * Constructs a new Bind.
             * @memberof cosim.relay
             * @classdesc Represents a Bind.
             * @constructor
             * @param {cosim.relay.Bind.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Bind = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Bind fd.
             * @member {number} fd
             * @memberof cosim.relay.Bind
             * @instance
             */
            Bind.prototype.fd = 0;

            /**
             * Bind addr.
             * @member {string} addr
             * @memberof cosim.relay.Bind
             * @instance
             */
            Bind.prototype.addr = "";

            /**
             * Bind port.
             * @member {number} port
             * @memberof cosim.relay.Bind
             * @instance
             */
            Bind.prototype.port = 0;

            /**
             * Creates a new Bind instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Bind
             * @static
             * @param {cosim.relay.Bind.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Bind} Bind instance
             * @type {{
             *   (properties: cosim.relay.Bind.$Shape): cosim.relay.Bind & cosim.relay.Bind.$Shape;
             *   (properties?: cosim.relay.Bind.$Properties): cosim.relay.Bind;
             * }}
             */
            Bind.create = function(properties) {
                return new Bind(properties);
            };

            /**
             * Encodes the specified Bind message. Does not implicitly {@link cosim.relay.Bind.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Bind
             * @static
             * @param {cosim.relay.Bind.$Properties} message Bind message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bind.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addr);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Bind message, length delimited. Does not implicitly {@link cosim.relay.Bind.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Bind
             * @static
             * @param {cosim.relay.Bind.$Properties} message Bind message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bind.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Bind message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Bind
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Bind & cosim.relay.Bind.$Shape} Bind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bind.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Bind();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Bind message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Bind
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Bind & cosim.relay.Bind.$Shape} Bind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bind.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Bind message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Bind
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Bind} Bind
             */
            Bind.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Bind)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Bind: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Bind();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Bind message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Bind
             * @static
             * @param {cosim.relay.Bind} message Bind
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Bind.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.addr = "";
                    object.port = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this Bind to JSON.
             * @function toJSON
             * @memberof cosim.relay.Bind
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Bind.prototype.toJSON = function() {
                return Bind.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Bind;
        })();

        relay.Listen = (function() {

            /**
             * Properties of a Listen.
             * @typedef {Object} cosim.relay.Listen.$Properties
             * @property {number|null} [fd] Listen fd
             * @property {number|null} [backlog] Listen backlog
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Listen.
             * @memberof cosim.relay
             * @interface IListen
             * @augments cosim.relay.Listen.$Properties
             * @deprecated Use cosim.relay.Listen.$Properties instead.
             */

            /**
             * Shape of a Listen.
             * @typedef {cosim.relay.Listen.$Properties} cosim.relay.Listen.$Shape
             */

            /**
             * Constructs a new Listen.
             * @memberof cosim.relay
             * @classdesc Represents a Listen.
             * @constructor
             * @param {cosim.relay.Listen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Listen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Listen fd.
             * @member {number} fd
             * @memberof cosim.relay.Listen
             * @instance
             */
            Listen.prototype.fd = 0;

            /**
             * Listen backlog.
             * @member {number} backlog
             * @memberof cosim.relay.Listen
             * @instance
             */
            Listen.prototype.backlog = 0;

            /**
             * Creates a new Listen instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Listen
             * @static
             * @param {cosim.relay.Listen.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Listen} Listen instance
             * @type {{
             *   (properties: cosim.relay.Listen.$Shape): cosim.relay.Listen & cosim.relay.Listen.$Shape;
             *   (properties?: cosim.relay.Listen.$Properties): cosim.relay.Listen;
             * }}
             */
            Listen.create = function(properties) {
                return new Listen(properties);
            };

            /**
             * Encodes the specified Listen message. Does not implicitly {@link cosim.relay.Listen.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Listen
             * @static
             * @param {cosim.relay.Listen.$Properties} message Listen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.backlog != null && $Object.hasOwnProperty.call(message, "backlog") && message.backlog !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.backlog);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Listen message, length delimited. Does not implicitly {@link cosim.relay.Listen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Listen
             * @static
             * @param {cosim.relay.Listen.$Properties} message Listen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Listen message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Listen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Listen & cosim.relay.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Listen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.backlog = value;
                            else
                                delete message.backlog;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Listen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Listen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Listen & cosim.relay.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Listen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Listen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Listen} Listen
             */
            Listen.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Listen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Listen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Listen();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.backlog != null)
                    if ($Number(object.backlog) !== 0)
                        message.backlog = object.backlog | 0;
                return message;
            };

            /**
             * Creates a plain object from a Listen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Listen
             * @static
             * @param {cosim.relay.Listen} message Listen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Listen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.backlog = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.backlog != null && $Object.hasOwnProperty.call(message, "backlog"))
                    object.backlog = message.backlog;
                return object;
            };

            /**
             * Converts this Listen to JSON.
             * @function toJSON
             * @memberof cosim.relay.Listen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Listen.prototype.toJSON = function() {
                return Listen.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Listen;
        })();

        relay.Accept = (function() {

            /**
             * Properties of an Accept.
             * @typedef {Object} cosim.relay.Accept.$Properties
             * @property {number|null} [fd] Accept fd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accept.
             * @memberof cosim.relay
             * @interface IAccept
             * @augments cosim.relay.Accept.$Properties
             * @deprecated Use cosim.relay.Accept.$Properties instead.
             */

            /**
             * Shape of an Accept.
             * @typedef {cosim.relay.Accept.$Properties} cosim.relay.Accept.$Shape
             */

            /**
             * Constructs a new Accept.
             * @memberof cosim.relay
             * @classdesc Represents an Accept.
             * @constructor
             * @param {cosim.relay.Accept.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accept = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Accept fd.
             * @member {number} fd
             * @memberof cosim.relay.Accept
             * @instance
             */
            Accept.prototype.fd = 0;

            /**
             * Creates a new Accept instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Accept
             * @static
             * @param {cosim.relay.Accept.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Accept} Accept instance
             * @type {{
             *   (properties: cosim.relay.Accept.$Shape): cosim.relay.Accept & cosim.relay.Accept.$Shape;
             *   (properties?: cosim.relay.Accept.$Properties): cosim.relay.Accept;
             * }}
             */
            Accept.create = function(properties) {
                return new Accept(properties);
            };

            /**
             * Encodes the specified Accept message. Does not implicitly {@link cosim.relay.Accept.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Accept
             * @static
             * @param {cosim.relay.Accept.$Properties} message Accept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accept.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Accept message, length delimited. Does not implicitly {@link cosim.relay.Accept.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Accept
             * @static
             * @param {cosim.relay.Accept.$Properties} message Accept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accept.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Accept message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Accept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Accept & cosim.relay.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accept.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Accept();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Accept message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Accept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Accept & cosim.relay.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accept.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an Accept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Accept
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Accept} Accept
             */
            Accept.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Accept)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Accept: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Accept();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                return message;
            };

            /**
             * Creates a plain object from an Accept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Accept
             * @static
             * @param {cosim.relay.Accept} message Accept
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accept.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fd = 0;
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                return object;
            };

            /**
             * Converts this Accept to JSON.
             * @function toJSON
             * @memberof cosim.relay.Accept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accept.prototype.toJSON = function() {
                return Accept.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Accept;
        })();

        relay.Connect = (function() {

            /**
             * Properties of a Connect.
             * @typedef {Object} cosim.relay.Connect.$Properties
             * @property {number|null} [fd] Connect fd
             * @property {string|null} [addr] Connect addr
             * @property {number|null} [port] Connect port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connect.
             * @memberof cosim.relay
             * @interface IConnect
             * @augments cosim.relay.Connect.$Properties
             * @deprecated Use cosim.relay.Connect.$Properties instead.
             */

            /**
             * Shape of a Connect.
             * @typedef {cosim.relay.Connect.$Properties} cosim.relay.Connect.$Shape
             */

            /**
             * Constructs a new Connect.
             * @memberof cosim.relay
             * @classdesc Represents a Connect.
             * @constructor
             * @param {cosim.relay.Connect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Connect fd.
             * @member {number} fd
             * @memberof cosim.relay.Connect
             * @instance
             */
            Connect.prototype.fd = 0;

            /**
             * Connect addr.
             * @member {string} addr
             * @memberof cosim.relay.Connect
             * @instance
             */
            Connect.prototype.addr = "";

            /**
             * Connect port.
             * @member {number} port
             * @memberof cosim.relay.Connect
             * @instance
             */
            Connect.prototype.port = 0;

            /**
             * Creates a new Connect instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Connect
             * @static
             * @param {cosim.relay.Connect.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Connect} Connect instance
             * @type {{
             *   (properties: cosim.relay.Connect.$Shape): cosim.relay.Connect & cosim.relay.Connect.$Shape;
             *   (properties?: cosim.relay.Connect.$Properties): cosim.relay.Connect;
             * }}
             */
            Connect.create = function(properties) {
                return new Connect(properties);
            };

            /**
             * Encodes the specified Connect message. Does not implicitly {@link cosim.relay.Connect.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Connect
             * @static
             * @param {cosim.relay.Connect.$Properties} message Connect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addr);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Connect message, length delimited. Does not implicitly {@link cosim.relay.Connect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Connect
             * @static
             * @param {cosim.relay.Connect.$Properties} message Connect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connect.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Connect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Connect & cosim.relay.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Connect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Connect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Connect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Connect & cosim.relay.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connect.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Connect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Connect} Connect
             */
            Connect.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Connect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Connect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Connect();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Connect
             * @static
             * @param {cosim.relay.Connect} message Connect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.addr = "";
                    object.port = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this Connect to JSON.
             * @function toJSON
             * @memberof cosim.relay.Connect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connect.prototype.toJSON = function() {
                return Connect.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Connect;
        })();

        relay.SetSockOpt = (function() {

            /**
             * Properties of a SetSockOpt.
             * @typedef {Object} cosim.relay.SetSockOpt.$Properties
             * @property {number|null} [fd] SetSockOpt fd
             * @property {number|null} [level] SetSockOpt level
             * @property {number|null} [name] SetSockOpt name
             * @property {number|null} [intValue] SetSockOpt intValue
             * @property {string|null} [stringValue] SetSockOpt stringValue
             * @property {"intValue"|"stringValue"} [value] SetSockOpt value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetSockOpt.
             * @memberof cosim.relay
             * @interface ISetSockOpt
             * @augments cosim.relay.SetSockOpt.$Properties
             * @deprecated Use cosim.relay.SetSockOpt.$Properties instead.
             */

            /**
             * Narrowed shape of a SetSockOpt.
             * @typedef {{
             *   fd?: number|null;
             *   level?: number|null;
             *   name?: number|null;
             *   intValue?: number|null;
             *   stringValue?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; intValue?: null; stringValue?: null }|{ value?: "intValue"; intValue: number; stringValue?: null }|{ value?: "stringValue"; intValue?: null; stringValue: string })
             * )} cosim.relay.SetSockOpt.$Shape
             */

            /**
             * Constructs a new SetSockOpt.
             * @memberof cosim.relay
             * @classdesc Represents a SetSockOpt.
             * @constructor
             * @param {cosim.relay.SetSockOpt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetSockOpt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetSockOpt fd.
             * @member {number} fd
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            SetSockOpt.prototype.fd = 0;

            /**
             * SetSockOpt level.
             * @member {number} level
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            SetSockOpt.prototype.level = 0;

            /**
             * SetSockOpt name.
             * @member {number} name
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            SetSockOpt.prototype.name = 0;

            /**
             * SetSockOpt intValue.
             * @member {number|null|undefined} intValue
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            SetSockOpt.prototype.intValue = null;

            /**
             * SetSockOpt stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            SetSockOpt.prototype.stringValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SetSockOpt value.
             * @member {"intValue"|"stringValue"|undefined} value
             * @memberof cosim.relay.SetSockOpt
             * @instance
             */
            $Object.defineProperty(SetSockOpt.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["intValue", "stringValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SetSockOpt instance using the specified properties.
             * @function create
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {cosim.relay.SetSockOpt.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.SetSockOpt} SetSockOpt instance
             * @type {{
             *   (properties: cosim.relay.SetSockOpt.$Shape): cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape;
             *   (properties?: cosim.relay.SetSockOpt.$Properties): cosim.relay.SetSockOpt;
             * }}
             */
            SetSockOpt.create = function(properties) {
                return new SetSockOpt(properties);
            };

            /**
             * Encodes the specified SetSockOpt message. Does not implicitly {@link cosim.relay.SetSockOpt.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {cosim.relay.SetSockOpt.$Properties} message SetSockOpt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetSockOpt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.name);
                if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.intValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.stringValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetSockOpt message, length delimited. Does not implicitly {@link cosim.relay.SetSockOpt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {cosim.relay.SetSockOpt.$Properties} message SetSockOpt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetSockOpt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetSockOpt message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape} SetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetSockOpt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.SetSockOpt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.intValue = reader.int32();
                            message.value = "intValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.value = "stringValue";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetSockOpt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape} SetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetSockOpt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SetSockOpt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.SetSockOpt} SetSockOpt
             */
            SetSockOpt.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.SetSockOpt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.SetSockOpt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.SetSockOpt();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level | 0;
                if (object.name != null)
                    if ($Number(object.name) !== 0)
                        message.name = object.name | 0;
                if (object.intValue != null)
                    message.intValue = object.intValue | 0;
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                return message;
            };

            /**
             * Creates a plain object from a SetSockOpt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.SetSockOpt
             * @static
             * @param {cosim.relay.SetSockOpt} message SetSockOpt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetSockOpt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.level = 0;
                    object.name = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                    object.intValue = message.intValue;
                    if (options.oneofs)
                        object.value = "intValue";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.value = "stringValue";
                }
                return object;
            };

            /**
             * Converts this SetSockOpt to JSON.
             * @function toJSON
             * @memberof cosim.relay.SetSockOpt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetSockOpt.prototype.toJSON = function() {
                return SetSockOpt.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SetSockOpt;
        })();

        relay.GetSockOpt = (function() {

            /**
             * Properties of a GetSockOpt.
             * @typedef {Object} cosim.relay.GetSockOpt.$Properties
             * @property {number|null} [fd] GetSockOpt fd
             * @property {number|null} [level] GetSockOpt level
             * @property {number|null} [name] GetSockOpt name
             * @property {boolean|null} [asString] GetSockOpt asString
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetSockOpt.
             * @memberof cosim.relay
             * @interface IGetSockOpt
             * @augments cosim.relay.GetSockOpt.$Properties
             * @deprecated Use cosim.relay.GetSockOpt.$Properties instead.
             */

            /**
             * Shape of a GetSockOpt.
             * @typedef {cosim.relay.GetSockOpt.$Properties} cosim.relay.GetSockOpt.$Shape
             */

            /**
             * Constructs a new GetSockOpt.
             * @memberof cosim.relay
             * @classdesc Represents a GetSockOpt.
             * @constructor
             * @param {cosim.relay.GetSockOpt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetSockOpt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetSockOpt fd.
             * @member {number} fd
             * @memberof cosim.relay.GetSockOpt
             * @instance
             */
            GetSockOpt.prototype.fd = 0;

            /**
             * GetSockOpt level.
             * @member {number} level
             * @memberof cosim.relay.GetSockOpt
             * @instance
             */
            GetSockOpt.prototype.level = 0;

            /**
             * GetSockOpt name.
             * @member {number} name
             * @memberof cosim.relay.GetSockOpt
             * @instance
             */
            GetSockOpt.prototype.name = 0;

            /**
             * GetSockOpt asString.
             * @member {boolean} asString
             * @memberof cosim.relay.GetSockOpt
             * @instance
             */
            GetSockOpt.prototype.asString = false;

            /**
             * Creates a new GetSockOpt instance using the specified properties.
             * @function create
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {cosim.relay.GetSockOpt.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.GetSockOpt} GetSockOpt instance
             * @type {{
             *   (properties: cosim.relay.GetSockOpt.$Shape): cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape;
             *   (properties?: cosim.relay.GetSockOpt.$Properties): cosim.relay.GetSockOpt;
             * }}
             */
            GetSockOpt.create = function(properties) {
                return new GetSockOpt(properties);
            };

            /**
             * Encodes the specified GetSockOpt message. Does not implicitly {@link cosim.relay.GetSockOpt.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {cosim.relay.GetSockOpt.$Properties} message GetSockOpt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSockOpt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.name);
                if (message.asString != null && $Object.hasOwnProperty.call(message, "asString") && message.asString !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.asString);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetSockOpt message, length delimited. Does not implicitly {@link cosim.relay.GetSockOpt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {cosim.relay.GetSockOpt.$Properties} message GetSockOpt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSockOpt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetSockOpt message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape} GetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSockOpt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.GetSockOpt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.asString = value;
                            else
                                delete message.asString;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetSockOpt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape} GetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSockOpt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a GetSockOpt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.GetSockOpt} GetSockOpt
             */
            GetSockOpt.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.GetSockOpt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.GetSockOpt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.GetSockOpt();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level | 0;
                if (object.name != null)
                    if ($Number(object.name) !== 0)
                        message.name = object.name | 0;
                if (object.asString != null)
                    if (object.asString)
                        message.asString = $Boolean(object.asString);
                return message;
            };

            /**
             * Creates a plain object from a GetSockOpt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.GetSockOpt
             * @static
             * @param {cosim.relay.GetSockOpt} message GetSockOpt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetSockOpt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.level = 0;
                    object.name = 0;
                    object.asString = false;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.asString != null && $Object.hasOwnProperty.call(message, "asString"))
                    object.asString = message.asString;
                return object;
            };

            /**
             * Converts this GetSockOpt to JSON.
             * @function toJSON
             * @memberof cosim.relay.GetSockOpt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetSockOpt.prototype.toJSON = function() {
                return GetSockOpt.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSockOpt;
        })();

        relay.GetTcpInfo = (function() {

            /**
             * Properties of a GetTcpInfo.
             * @typedef {Object} cosim.relay.GetTcpInfo.$Properties
             * @property {number|null} [fd] GetTcpInfo fd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetTcpInfo.
             * @memberof cosim.relay
             * @interface IGetTcpInfo
             * @augments cosim.relay.GetTcpInfo.$Properties
             * @deprecated Use cosim.relay.GetTcpInfo.$Properties instead.
             */

            /**
             * Shape of a GetTcpInfo.
             * @typedef {cosim.relay.GetTcpInfo.$Properties} cosim.relay.GetTcpInfo.$Shape
             */

            /**
             * Constructs a new GetTcpInfo.
             * @memberof cosim.relay
             * @classdesc Represents a GetTcpInfo.
             * @constructor
             * @param {cosim.relay.GetTcpInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetTcpInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetTcpInfo fd.
             * @member {number} fd
             * @memberof cosim.relay.GetTcpInfo
             * @instance
             */
            GetTcpInfo.prototype.fd = 0;

            /**
             * Creates a new GetTcpInfo instance using the specified properties.
             * @function create
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {cosim.relay.GetTcpInfo.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.GetTcpInfo} GetTcpInfo instance
             * @type {{
             *   (properties: cosim.relay.GetTcpInfo.$Shape): cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape;
             *   (properties?: cosim.relay.GetTcpInfo.$Properties): cosim.relay.GetTcpInfo;
             * }}
             */
            GetTcpInfo.create = function(properties) {
                return new GetTcpInfo(properties);
            };

            /**
             * Encodes the specified GetTcpInfo message. Does not implicitly {@link cosim.relay.GetTcpInfo.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {cosim.relay.GetTcpInfo.$Properties} message GetTcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTcpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetTcpInfo message, length delimited. Does not implicitly {@link cosim.relay.GetTcpInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {cosim.relay.GetTcpInfo.$Properties} message GetTcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTcpInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetTcpInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape} GetTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTcpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.GetTcpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetTcpInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape} GetTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTcpInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a GetTcpInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.GetTcpInfo} GetTcpInfo
             */
            GetTcpInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.GetTcpInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.GetTcpInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.GetTcpInfo();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                return message;
            };

            /**
             * Creates a plain object from a GetTcpInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.GetTcpInfo
             * @static
             * @param {cosim.relay.GetTcpInfo} message GetTcpInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetTcpInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fd = 0;
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                return object;
            };

            /**
             * Converts this GetTcpInfo to JSON.
             * @function toJSON
             * @memberof cosim.relay.GetTcpInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetTcpInfo.prototype.toJSON = function() {
                return GetTcpInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetTcpInfo;
        })();

        relay.Write = (function() {

            /**
             * Properties of a Write.
             * @typedef {Object} cosim.relay.Write.$Properties
             * @property {number|null} [fd] Write fd
             * @property {Uint8Array|null} [data] Write data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Write.
             * @memberof cosim.relay
             * @interface IWrite
             * @augments cosim.relay.Write.$Properties
             * @deprecated Use cosim.relay.Write.$Properties instead.
             */

            /**
             * Shape of a Write.
             * @typedef {cosim.relay.Write.$Properties} cosim.relay.Write.$Shape
             */

            /**
             * Constructs a new Write.
             * @memberof cosim.relay
             * @classdesc Represents a Write.
             * @constructor
             * @param {cosim.relay.Write.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Write = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Write fd.
             * @member {number} fd
             * @memberof cosim.relay.Write
             * @instance
             */
            Write.prototype.fd = 0;

            /**
             * Write data.
             * @member {Uint8Array} data
             * @memberof cosim.relay.Write
             * @instance
             */
            Write.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Write instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Write
             * @static
             * @param {cosim.relay.Write.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Write} Write instance
             * @type {{
             *   (properties: cosim.relay.Write.$Shape): cosim.relay.Write & cosim.relay.Write.$Shape;
             *   (properties?: cosim.relay.Write.$Properties): cosim.relay.Write;
             * }}
             */
            Write.create = function(properties) {
                return new Write(properties);
            };

            /**
             * Encodes the specified Write message. Does not implicitly {@link cosim.relay.Write.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Write
             * @static
             * @param {cosim.relay.Write.$Properties} message Write message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Write.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Write message, length delimited. Does not implicitly {@link cosim.relay.Write.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Write
             * @static
             * @param {cosim.relay.Write.$Properties} message Write message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Write.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Write message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Write
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Write & cosim.relay.Write.$Shape} Write
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Write.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Write();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Write message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Write
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Write & cosim.relay.Write.$Shape} Write
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Write.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Write message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Write
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Write} Write
             */
            Write.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Write)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Write: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Write();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a Write message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Write
             * @static
             * @param {cosim.relay.Write} message Write
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Write.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this Write to JSON.
             * @function toJSON
             * @memberof cosim.relay.Write
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Write.prototype.toJSON = function() {
                return Write.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Write;
        })();

        relay.WriteGenerated = (function() {

            /**
             * Properties of a WriteGenerated.
             * @typedef {Object} cosim.relay.WriteGenerated.$Properties
             * @property {number|null} [fd] WriteGenerated fd
             * @property {number|Long|null} [bytes] WriteGenerated bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteGenerated.
             * @memberof cosim.relay
             * @interface IWriteGenerated
             * @augments cosim.relay.WriteGenerated.$Properties
             * @deprecated Use cosim.relay.WriteGenerated.$Properties instead.
             */

            /**
             * Shape of a WriteGenerated.
             * @typedef {cosim.relay.WriteGenerated.$Properties} cosim.relay.WriteGenerated.$Shape
             */

            /**
             * Constructs a new WriteGenerated.
             * @memberof cosim.relay
             * @classdesc Represents a WriteGenerated.
             * @constructor
             * @param {cosim.relay.WriteGenerated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WriteGenerated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WriteGenerated fd.
             * @member {number} fd
             * @memberof cosim.relay.WriteGenerated
             * @instance
             */
            WriteGenerated.prototype.fd = 0;

            /**
             * WriteGenerated bytes.
             * @member {number|Long} bytes
             * @memberof cosim.relay.WriteGenerated
             * @instance
             */
            WriteGenerated.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WriteGenerated instance using the specified properties.
             * @function create
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {cosim.relay.WriteGenerated.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.WriteGenerated} WriteGenerated instance
             * @type {{
             *   (properties: cosim.relay.WriteGenerated.$Shape): cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape;
             *   (properties?: cosim.relay.WriteGenerated.$Properties): cosim.relay.WriteGenerated;
             * }}
             */
            WriteGenerated.create = function(properties) {
                return new WriteGenerated(properties);
            };

            /**
             * Encodes the specified WriteGenerated message. Does not implicitly {@link cosim.relay.WriteGenerated.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {cosim.relay.WriteGenerated.$Properties} message WriteGenerated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteGenerated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WriteGenerated message, length delimited. Does not implicitly {@link cosim.relay.WriteGenerated.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {cosim.relay.WriteGenerated.$Properties} message WriteGenerated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteGenerated.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteGenerated message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape} WriteGenerated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteGenerated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.WriteGenerated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WriteGenerated message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape} WriteGenerated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteGenerated.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a WriteGenerated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.WriteGenerated} WriteGenerated
             */
            WriteGenerated.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.WriteGenerated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.WriteGenerated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.WriteGenerated();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a WriteGenerated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.WriteGenerated
             * @static
             * @param {cosim.relay.WriteGenerated} message WriteGenerated
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteGenerated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                return object;
            };

            /**
             * Converts this WriteGenerated to JSON.
             * @function toJSON
             * @memberof cosim.relay.WriteGenerated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteGenerated.prototype.toJSON = function() {
                return WriteGenerated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WriteGenerated;
        })();

        relay.Read = (function() {

            /**
             * Properties of a Read.
             * @typedef {Object} cosim.relay.Read.$Properties
             * @property {number|null} [fd] Read fd
             * @property {number|null} [maxBytes] Read maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Read.
             * @memberof cosim.relay
             * @interface IRead
             * @augments cosim.relay.Read.$Properties
             * @deprecated Use cosim.relay.Read.$Properties instead.
             */

            /**
             * Shape of a Read.
             * @typedef {cosim.relay.Read.$Properties} cosim.relay.Read.$Shape
             */

            /**
             * Constructs a new Read.
             * @memberof cosim.relay
             * @classdesc Represents a Read.
             * @constructor
             * @param {cosim.relay.Read.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Read = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Read fd.
             * @member {number} fd
             * @memberof cosim.relay.Read
             * @instance
             */
            Read.prototype.fd = 0;

            /**
             * Read maxBytes.
             * @member {number} maxBytes
             * @memberof cosim.relay.Read
             * @instance
             */
            Read.prototype.maxBytes = 0;

            /**
             * Creates a new Read instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Read
             * @static
             * @param {cosim.relay.Read.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Read} Read instance
             * @type {{
             *   (properties: cosim.relay.Read.$Shape): cosim.relay.Read & cosim.relay.Read.$Shape;
             *   (properties?: cosim.relay.Read.$Properties): cosim.relay.Read;
             * }}
             */
            Read.create = function(properties) {
                return new Read(properties);
            };

            /**
             * Encodes the specified Read message. Does not implicitly {@link cosim.relay.Read.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Read
             * @static
             * @param {cosim.relay.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Read message, length delimited. Does not implicitly {@link cosim.relay.Read.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Read
             * @static
             * @param {cosim.relay.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Read & cosim.relay.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Read();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Read message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Read & cosim.relay.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Read message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Read
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Read} Read
             */
            Read.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Read)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Read: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Read();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.maxBytes != null)
                    if ($Number(object.maxBytes) !== 0)
                        message.maxBytes = object.maxBytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Read message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Read
             * @static
             * @param {cosim.relay.Read} message Read
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Read.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.maxBytes = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    object.maxBytes = message.maxBytes;
                return object;
            };

            /**
             * Converts this Read to JSON.
             * @function toJSON
             * @memberof cosim.relay.Read
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Read.prototype.toJSON = function() {
                return Read.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Read;
        })();

        relay.ReadDiscard = (function() {

            /**
             * Properties of a ReadDiscard.
             * @typedef {Object} cosim.relay.ReadDiscard.$Properties
             * @property {number|null} [fd] ReadDiscard fd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadDiscard.
             * @memberof cosim.relay
             * @interface IReadDiscard
             * @augments cosim.relay.ReadDiscard.$Properties
             * @deprecated Use cosim.relay.ReadDiscard.$Properties instead.
             */

            /**
             * Shape of a ReadDiscard.
             * @typedef {cosim.relay.ReadDiscard.$Properties} cosim.relay.ReadDiscard.$Shape
             */

            /**
             * Constructs a new ReadDiscard.
             * @memberof cosim.relay
             * @classdesc Represents a ReadDiscard.
             * @constructor
             * @param {cosim.relay.ReadDiscard.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadDiscard = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadDiscard fd.
             * @member {number} fd
             * @memberof cosim.relay.ReadDiscard
             * @instance
             */
            ReadDiscard.prototype.fd = 0;

            /**
             * Creates a new ReadDiscard instance using the specified properties.
             * @function create
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {cosim.relay.ReadDiscard.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.ReadDiscard} ReadDiscard instance
             * @type {{
             *   (properties: cosim.relay.ReadDiscard.$Shape): cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape;
             *   (properties?: cosim.relay.ReadDiscard.$Properties): cosim.relay.ReadDiscard;
             * }}
             */
            ReadDiscard.create = function(properties) {
                return new ReadDiscard(properties);
            };

            /**
             * Encodes the specified ReadDiscard message. Does not implicitly {@link cosim.relay.ReadDiscard.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {cosim.relay.ReadDiscard.$Properties} message ReadDiscard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadDiscard.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadDiscard message, length delimited. Does not implicitly {@link cosim.relay.ReadDiscard.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {cosim.relay.ReadDiscard.$Properties} message ReadDiscard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadDiscard.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadDiscard message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape} ReadDiscard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadDiscard.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.ReadDiscard();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReadDiscard message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape} ReadDiscard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadDiscard.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a ReadDiscard message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.ReadDiscard} ReadDiscard
             */
            ReadDiscard.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.ReadDiscard)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.ReadDiscard: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.ReadDiscard();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                return message;
            };

            /**
             * Creates a plain object from a ReadDiscard message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.ReadDiscard
             * @static
             * @param {cosim.relay.ReadDiscard} message ReadDiscard
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadDiscard.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fd = 0;
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                return object;
            };

            /**
             * Converts this ReadDiscard to JSON.
             * @function toJSON
             * @memberof cosim.relay.ReadDiscard
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadDiscard.prototype.toJSON = function() {
                return ReadDiscard.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadDiscard;
        })();

        relay.Close = (function() {

            /**
             * Properties of a Close.
             * @typedef {Object} cosim.relay.Close.$Properties
             * @property {number|null} [fd] Close fd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Close.
             * @memberof cosim.relay
             * @interface IClose
             * @augments cosim.relay.Close.$Properties
             * @deprecated Use cosim.relay.Close.$Properties instead.
             */

            /**
             * Shape of a Close.
             * @typedef {cosim.relay.Close.$Properties} cosim.relay.Close.$Shape
             */

            /**
             * Constructs a new Close.
             * @memberof cosim.relay
             * @classdesc Represents a Close.
             * @constructor
             * @param {cosim.relay.Close.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Close = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Close fd.
             * @member {number} fd
             * @memberof cosim.relay.Close
             * @instance
             */
            Close.prototype.fd = 0;

            /**
             * Creates a new Close instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Close
             * @static
             * @param {cosim.relay.Close.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Close} Close instance
             * @type {{
             *   (properties: cosim.relay.Close.$Shape): cosim.relay.Close & cosim.relay.Close.$Shape;
             *   (properties?: cosim.relay.Close.$Properties): cosim.relay.Close;
             * }}
             */
            Close.create = function(properties) {
                return new Close(properties);
            };

            /**
             * Encodes the specified Close message. Does not implicitly {@link cosim.relay.Close.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Close
             * @static
             * @param {cosim.relay.Close.$Properties} message Close message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Close.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Close message, length delimited. Does not implicitly {@link cosim.relay.Close.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Close
             * @static
             * @param {cosim.relay.Close.$Properties} message Close message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Close.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Close
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Close & cosim.relay.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Close.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Close();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Close message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Close
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Close & cosim.relay.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Close.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Close message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Close
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Close} Close
             */
            Close.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Close)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Close: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Close();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                return message;
            };

            /**
             * Creates a plain object from a Close message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Close
             * @static
             * @param {cosim.relay.Close} message Close
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Close.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fd = 0;
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                return object;
            };

            /**
             * Converts this Close to JSON.
             * @function toJSON
             * @memberof cosim.relay.Close
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Close.prototype.toJSON = function() {
                return Close.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Close;
        })();

        relay.Shutdown = (function() {

            /**
             * Properties of a Shutdown.
             * @typedef {Object} cosim.relay.Shutdown.$Properties
             * @property {number|null} [fd] Shutdown fd
             * @property {number|null} [how] Shutdown how
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shutdown.
             * @memberof cosim.relay
             * @interface IShutdown
             * @augments cosim.relay.Shutdown.$Properties
             * @deprecated Use cosim.relay.Shutdown.$Properties instead.
             */

            /**
             * Shape of a Shutdown.
             * @typedef {cosim.relay.Shutdown.$Properties} cosim.relay.Shutdown.$Shape
             */

            /**
             * Constructs a new Shutdown.
             * @memberof cosim.relay
             * @classdesc Represents a Shutdown.
             * @constructor
             * @param {cosim.relay.Shutdown.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shutdown = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Shutdown fd.
             * @member {number} fd
             * @memberof cosim.relay.Shutdown
             * @instance
             */
            Shutdown.prototype.fd = 0;

            /**
             * Shutdown how.
             * @member {number} how
             * @memberof cosim.relay.Shutdown
             * @instance
             */
            Shutdown.prototype.how = 0;

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {cosim.relay.Shutdown.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Shutdown} Shutdown instance
             * @type {{
             *   (properties: cosim.relay.Shutdown.$Shape): cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape;
             *   (properties?: cosim.relay.Shutdown.$Properties): cosim.relay.Shutdown;
             * }}
             */
            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link cosim.relay.Shutdown.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {cosim.relay.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.how != null && $Object.hasOwnProperty.call(message, "how") && message.how !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.how);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Shutdown message, length delimited. Does not implicitly {@link cosim.relay.Shutdown.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {cosim.relay.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Shutdown();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.how = value;
                            else
                                delete message.how;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Shutdown} Shutdown
             */
            Shutdown.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Shutdown)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Shutdown: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Shutdown();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.how != null)
                    if ($Number(object.how) !== 0)
                        message.how = object.how | 0;
                return message;
            };

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Shutdown
             * @static
             * @param {cosim.relay.Shutdown} message Shutdown
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Shutdown.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    object.how = 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.how != null && $Object.hasOwnProperty.call(message, "how"))
                    object.how = message.how;
                return object;
            };

            /**
             * Converts this Shutdown to JSON.
             * @function toJSON
             * @memberof cosim.relay.Shutdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Shutdown.prototype.toJSON = function() {
                return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Shutdown;
        })();

        relay.SysctlGet = (function() {

            /**
             * Properties of a SysctlGet.
             * @typedef {Object} cosim.relay.SysctlGet.$Properties
             * @property {string|null} [key] SysctlGet key
             * @property {string|null} [netns] SysctlGet netns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SysctlGet.
             * @memberof cosim.relay
             * @interface ISysctlGet
             * @augments cosim.relay.SysctlGet.$Properties
             * @deprecated Use cosim.relay.SysctlGet.$Properties instead.
             */

            /**
             * Shape of a SysctlGet.
             * @typedef {cosim.relay.SysctlGet.$Properties} cosim.relay.SysctlGet.$Shape
             */

            /**
             * Constructs a new SysctlGet.
             * @memberof cosim.relay
             * @classdesc Represents a SysctlGet.
             * @constructor
             * @param {cosim.relay.SysctlGet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SysctlGet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SysctlGet key.
             * @member {string} key
             * @memberof cosim.relay.SysctlGet
             * @instance
             */
            SysctlGet.prototype.key = "";

            /**
             * SysctlGet netns.
             * @member {string} netns
             * @memberof cosim.relay.SysctlGet
             * @instance
             */
            SysctlGet.prototype.netns = "";

            /**
             * Creates a new SysctlGet instance using the specified properties.
             * @function create
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {cosim.relay.SysctlGet.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.SysctlGet} SysctlGet instance
             * @type {{
             *   (properties: cosim.relay.SysctlGet.$Shape): cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape;
             *   (properties?: cosim.relay.SysctlGet.$Properties): cosim.relay.SysctlGet;
             * }}
             */
            SysctlGet.create = function(properties) {
                return new SysctlGet(properties);
            };

            /**
             * Encodes the specified SysctlGet message. Does not implicitly {@link cosim.relay.SysctlGet.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {cosim.relay.SysctlGet.$Properties} message SysctlGet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SysctlGet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && message.netns !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.netns);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SysctlGet message, length delimited. Does not implicitly {@link cosim.relay.SysctlGet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {cosim.relay.SysctlGet.$Properties} message SysctlGet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SysctlGet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SysctlGet message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape} SysctlGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SysctlGet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.SysctlGet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SysctlGet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape} SysctlGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SysctlGet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SysctlGet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.SysctlGet} SysctlGet
             */
            SysctlGet.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.SysctlGet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.SysctlGet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.SysctlGet();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.netns != null)
                    if (typeof object.netns !== "string" || object.netns.length)
                        message.netns = $String(object.netns);
                return message;
            };

            /**
             * Creates a plain object from a SysctlGet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.SysctlGet
             * @static
             * @param {cosim.relay.SysctlGet} message SysctlGet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SysctlGet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.netns = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                return object;
            };

            /**
             * Converts this SysctlGet to JSON.
             * @function toJSON
             * @memberof cosim.relay.SysctlGet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SysctlGet.prototype.toJSON = function() {
                return SysctlGet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SysctlGet;
        })();

        relay.SysctlSet = (function() {

            /**
             * Properties of a SysctlSet.
             * @typedef {Object} cosim.relay.SysctlSet.$Properties
             * @property {string|null} [key] SysctlSet key
             * @property {string|null} [value] SysctlSet value
             * @property {string|null} [netns] SysctlSet netns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SysctlSet.
             * @memberof cosim.relay
             * @interface ISysctlSet
             * @augments cosim.relay.SysctlSet.$Properties
             * @deprecated Use cosim.relay.SysctlSet.$Properties instead.
             */

            /**
             * Shape of a SysctlSet.
             * @typedef {cosim.relay.SysctlSet.$Properties} cosim.relay.SysctlSet.$Shape
             */

            /**
             * Constructs a new SysctlSet.
             * @memberof cosim.relay
             * @classdesc Represents a SysctlSet.
             * @constructor
             * @param {cosim.relay.SysctlSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SysctlSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SysctlSet key.
             * @member {string} key
             * @memberof cosim.relay.SysctlSet
             * @instance
             */
            SysctlSet.prototype.key = "";

            /**
             * SysctlSet value.
             * @member {string} value
             * @memberof cosim.relay.SysctlSet
             * @instance
             */
            SysctlSet.prototype.value = "";

            /**
             * SysctlSet netns.
             * @member {string} netns
             * @memberof cosim.relay.SysctlSet
             * @instance
             */
            SysctlSet.prototype.netns = "";

            /**
             * Creates a new SysctlSet instance using the specified properties.
             * @function create
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {cosim.relay.SysctlSet.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.SysctlSet} SysctlSet instance
             * @type {{
             *   (properties: cosim.relay.SysctlSet.$Shape): cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape;
             *   (properties?: cosim.relay.SysctlSet.$Properties): cosim.relay.SysctlSet;
             * }}
             */
            SysctlSet.create = function(properties) {
                return new SysctlSet(properties);
            };

            /**
             * Encodes the specified SysctlSet message. Does not implicitly {@link cosim.relay.SysctlSet.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {cosim.relay.SysctlSet.$Properties} message SysctlSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SysctlSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && message.netns !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.netns);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SysctlSet message, length delimited. Does not implicitly {@link cosim.relay.SysctlSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {cosim.relay.SysctlSet.$Properties} message SysctlSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SysctlSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SysctlSet message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape} SysctlSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SysctlSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.SysctlSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SysctlSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape} SysctlSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SysctlSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SysctlSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.SysctlSet} SysctlSet
             */
            SysctlSet.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.SysctlSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.SysctlSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.SysctlSet();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.netns != null)
                    if (typeof object.netns !== "string" || object.netns.length)
                        message.netns = $String(object.netns);
                return message;
            };

            /**
             * Creates a plain object from a SysctlSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.SysctlSet
             * @static
             * @param {cosim.relay.SysctlSet} message SysctlSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SysctlSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                    object.netns = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                return object;
            };

            /**
             * Converts this SysctlSet to JSON.
             * @function toJSON
             * @memberof cosim.relay.SysctlSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SysctlSet.prototype.toJSON = function() {
                return SysctlSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SysctlSet;
        })();

        relay.Exec = (function() {

            /**
             * Properties of an Exec.
             * @typedef {Object} cosim.relay.Exec.$Properties
             * @property {Array.<string>|null} [argv] Exec argv
             * @property {Array.<string>|null} [env] Exec env
             * @property {string|null} [netns] Exec netns
             * @property {number|Long|null} [timeoutNs] Exec timeoutNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Exec.
             * @memberof cosim.relay
             * @interface IExec
             * @augments cosim.relay.Exec.$Properties
             * @deprecated Use cosim.relay.Exec.$Properties instead.
             */

            /**
             * Shape of an Exec.
             * @typedef {cosim.relay.Exec.$Properties} cosim.relay.Exec.$Shape
             */

            /**
             * Constructs a new Exec.
             * @memberof cosim.relay
             * @classdesc Represents an Exec.
             * @constructor
             * @param {cosim.relay.Exec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Exec = function (properties) {
                this.argv = [];
                this.env = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Exec argv.
             * @member {Array.<string>} argv
             * @memberof cosim.relay.Exec
             * @instance
             */
            Exec.prototype.argv = $util.emptyArray;

            /**
             * Exec env.
             * @member {Array.<string>} env
             * @memberof cosim.relay.Exec
             * @instance
             */
            Exec.prototype.env = $util.emptyArray;

            /**
             * Exec netns.
             * @member {string} netns
             * @memberof cosim.relay.Exec
             * @instance
             */
            Exec.prototype.netns = "";

            /**
             * Exec timeoutNs.
             * @member {number|Long} timeoutNs
             * @memberof cosim.relay.Exec
             * @instance
             */
            Exec.prototype.timeoutNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Exec instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Exec
             * @static
             * @param {cosim.relay.Exec.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Exec} Exec instance
             * @type {{
             *   (properties: cosim.relay.Exec.$Shape): cosim.relay.Exec & cosim.relay.Exec.$Shape;
             *   (properties?: cosim.relay.Exec.$Properties): cosim.relay.Exec;
             * }}
             */
            Exec.create = function(properties) {
                return new Exec(properties);
            };

            /**
             * Encodes the specified Exec message. Does not implicitly {@link cosim.relay.Exec.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Exec
             * @static
             * @param {cosim.relay.Exec.$Properties} message Exec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.argv[i]);
                if (message.env != null && message.env.length)
                    for (let i = 0; i < message.env.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.env[i]);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && message.netns !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.netns);
                if (message.timeoutNs != null && $Object.hasOwnProperty.call(message, "timeoutNs") && (typeof message.timeoutNs === "object" ? message.timeoutNs.low || message.timeoutNs.high : message.timeoutNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.timeoutNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Exec message, length delimited. Does not implicitly {@link cosim.relay.Exec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Exec
             * @static
             * @param {cosim.relay.Exec.$Properties} message Exec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Exec message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Exec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Exec & cosim.relay.Exec.$Shape} Exec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Exec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeoutNs = value;
                            else
                                delete message.timeoutNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Exec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Exec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Exec & cosim.relay.Exec.$Shape} Exec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an Exec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Exec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Exec} Exec
             */
            Exec.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Exec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Exec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Exec();
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".cosim.relay.Exec.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                if (object.env) {
                    if (!$Array.isArray(object.env))
                        throw $TypeError(".cosim.relay.Exec.env: array expected");
                    message.env = $Array(object.env.length);
                    for (let i = 0; i < object.env.length; ++i)
                        message.env[i] = $String(object.env[i]);
                }
                if (object.netns != null)
                    if (typeof object.netns !== "string" || object.netns.length)
                        message.netns = $String(object.netns);
                if (object.timeoutNs != null)
                    if (typeof object.timeoutNs === "object" ? object.timeoutNs.low || object.timeoutNs.high : $Number(object.timeoutNs) !== 0)
                        if ($util.Long)
                            message.timeoutNs = $util.Long.fromValue(object.timeoutNs, true);
                        else if (typeof object.timeoutNs === "string")
                            message.timeoutNs = $parseInt(object.timeoutNs, 10);
                        else if (typeof object.timeoutNs === "number")
                            message.timeoutNs = object.timeoutNs;
                        else if (typeof object.timeoutNs === "object")
                            message.timeoutNs = new $util.LongBits(object.timeoutNs.low >>> 0, object.timeoutNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Exec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Exec
             * @static
             * @param {cosim.relay.Exec} message Exec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Exec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.argv = [];
                    object.env = [];
                }
                if (options.defaults) {
                    object.netns = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeoutNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeoutNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.env && message.env.length) {
                    object.env = $Array(message.env.length);
                    for (let j = 0; j < message.env.length; ++j)
                        object.env[j] = message.env[j];
                }
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                if (message.timeoutNs != null && $Object.hasOwnProperty.call(message, "timeoutNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeoutNs = typeof message.timeoutNs === "number" ? $BigInt(message.timeoutNs) : $util.Long.fromBits(message.timeoutNs.low >>> 0, message.timeoutNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeoutNs === "number")
                        object.timeoutNs = options.longs === $String ? $String(message.timeoutNs) : message.timeoutNs;
                    else
                        object.timeoutNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeoutNs) : options.longs === $Number ? new $util.LongBits(message.timeoutNs.low >>> 0, message.timeoutNs.high >>> 0).toNumber(true) : message.timeoutNs;
                return object;
            };

            /**
             * Converts this Exec to JSON.
             * @function toJSON
             * @memberof cosim.relay.Exec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Exec.prototype.toJSON = function() {
                return Exec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Exec;
        })();

        relay.ExecCancel = (function() {

            /**
             * Properties of an ExecCancel.
             * @typedef {Object} cosim.relay.ExecCancel.$Properties
             * @property {number|null} [execId] ExecCancel execId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecCancel.
             * @memberof cosim.relay
             * @interface IExecCancel
             * @augments cosim.relay.ExecCancel.$Properties
             * @deprecated Use cosim.relay.ExecCancel.$Properties instead.
             */

            /**
             * Shape of an ExecCancel.
             * @typedef {cosim.relay.ExecCancel.$Properties} cosim.relay.ExecCancel.$Shape
             */

            /**
             * Constructs a new ExecCancel.
             * @memberof cosim.relay
             * @classdesc Represents an ExecCancel.
             * @constructor
             * @param {cosim.relay.ExecCancel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecCancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecCancel execId.
             * @member {number} execId
             * @memberof cosim.relay.ExecCancel
             * @instance
             */
            ExecCancel.prototype.execId = 0;

            /**
             * Creates a new ExecCancel instance using the specified properties.
             * @function create
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {cosim.relay.ExecCancel.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.ExecCancel} ExecCancel instance
             * @type {{
             *   (properties: cosim.relay.ExecCancel.$Shape): cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape;
             *   (properties?: cosim.relay.ExecCancel.$Properties): cosim.relay.ExecCancel;
             * }}
             */
            ExecCancel.create = function(properties) {
                return new ExecCancel(properties);
            };

            /**
             * Encodes the specified ExecCancel message. Does not implicitly {@link cosim.relay.ExecCancel.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {cosim.relay.ExecCancel.$Properties} message ExecCancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecCancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.execId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExecCancel message, length delimited. Does not implicitly {@link cosim.relay.ExecCancel.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {cosim.relay.ExecCancel.$Properties} message ExecCancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecCancel.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExecCancel message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape} ExecCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecCancel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.ExecCancel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.execId = value;
                            else
                                delete message.execId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExecCancel message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape} ExecCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecCancel.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ExecCancel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.ExecCancel} ExecCancel
             */
            ExecCancel.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.ExecCancel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.ExecCancel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.ExecCancel();
                if (object.execId != null)
                    if ($Number(object.execId) !== 0)
                        message.execId = object.execId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ExecCancel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.ExecCancel
             * @static
             * @param {cosim.relay.ExecCancel} message ExecCancel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecCancel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.execId = 0;
                if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                    object.execId = message.execId;
                return object;
            };

            /**
             * Converts this ExecCancel to JSON.
             * @function toJSON
             * @memberof cosim.relay.ExecCancel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecCancel.prototype.toJSON = function() {
                return ExecCancel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecCancel;
        })();

        relay.NetnsCreate = (function() {

            /**
             * Properties of a NetnsCreate.
             * @typedef {Object} cosim.relay.NetnsCreate.$Properties
             * @property {string|null} [name] NetnsCreate name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetnsCreate.
             * @memberof cosim.relay
             * @interface INetnsCreate
             * @augments cosim.relay.NetnsCreate.$Properties
             * @deprecated Use cosim.relay.NetnsCreate.$Properties instead.
             */

            /**
             * Shape of a NetnsCreate.
             * @typedef {cosim.relay.NetnsCreate.$Properties} cosim.relay.NetnsCreate.$Shape
             */

            /**
             * Constructs a new NetnsCreate.
             * @memberof cosim.relay
             * @classdesc Represents a NetnsCreate.
             * @constructor
             * @param {cosim.relay.NetnsCreate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetnsCreate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetnsCreate name.
             * @member {string} name
             * @memberof cosim.relay.NetnsCreate
             * @instance
             */
            NetnsCreate.prototype.name = "";

            /**
             * Creates a new NetnsCreate instance using the specified properties.
             * @function create
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {cosim.relay.NetnsCreate.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.NetnsCreate} NetnsCreate instance
             * @type {{
             *   (properties: cosim.relay.NetnsCreate.$Shape): cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape;
             *   (properties?: cosim.relay.NetnsCreate.$Properties): cosim.relay.NetnsCreate;
             * }}
             */
            NetnsCreate.create = function(properties) {
                return new NetnsCreate(properties);
            };

            /**
             * Encodes the specified NetnsCreate message. Does not implicitly {@link cosim.relay.NetnsCreate.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {cosim.relay.NetnsCreate.$Properties} message NetnsCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetnsCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NetnsCreate message, length delimited. Does not implicitly {@link cosim.relay.NetnsCreate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {cosim.relay.NetnsCreate.$Properties} message NetnsCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetnsCreate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetnsCreate message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape} NetnsCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetnsCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.NetnsCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NetnsCreate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape} NetnsCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetnsCreate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NetnsCreate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.NetnsCreate} NetnsCreate
             */
            NetnsCreate.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.NetnsCreate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.NetnsCreate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.NetnsCreate();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a NetnsCreate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.NetnsCreate
             * @static
             * @param {cosim.relay.NetnsCreate} message NetnsCreate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetnsCreate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this NetnsCreate to JSON.
             * @function toJSON
             * @memberof cosim.relay.NetnsCreate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetnsCreate.prototype.toJSON = function() {
                return NetnsCreate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetnsCreate;
        })();

        relay.VlanCreate = (function() {

            /**
             * Properties of a VlanCreate.
             * @typedef {Object} cosim.relay.VlanCreate.$Properties
             * @property {string|null} [parent] VlanCreate parent
             * @property {number|null} [vlanId] VlanCreate vlanId
             * @property {string|null} [name] VlanCreate name
             * @property {string|null} [netns] VlanCreate netns
             * @property {string|null} [mac] VlanCreate mac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VlanCreate.
             * @memberof cosim.relay
             * @interface IVlanCreate
             * @augments cosim.relay.VlanCreate.$Properties
             * @deprecated Use cosim.relay.VlanCreate.$Properties instead.
             */

            /**
             * Shape of a VlanCreate.
             * @typedef {cosim.relay.VlanCreate.$Properties} cosim.relay.VlanCreate.$Shape
             */

            /**
             * Constructs a new VlanCreate.
             * @memberof cosim.relay
             * @classdesc Represents a VlanCreate.
             * @constructor
             * @param {cosim.relay.VlanCreate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VlanCreate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VlanCreate parent.
             * @member {string} parent
             * @memberof cosim.relay.VlanCreate
             * @instance
             */
            VlanCreate.prototype.parent = "";

            /**
             * VlanCreate vlanId.
             * @member {number} vlanId
             * @memberof cosim.relay.VlanCreate
             * @instance
             */
            VlanCreate.prototype.vlanId = 0;

            /**
             * VlanCreate name.
             * @member {string} name
             * @memberof cosim.relay.VlanCreate
             * @instance
             */
            VlanCreate.prototype.name = "";

            /**
             * VlanCreate netns.
             * @member {string} netns
             * @memberof cosim.relay.VlanCreate
             * @instance
             */
            VlanCreate.prototype.netns = "";

            /**
             * VlanCreate mac.
             * @member {string} mac
             * @memberof cosim.relay.VlanCreate
             * @instance
             */
            VlanCreate.prototype.mac = "";

            /**
             * Creates a new VlanCreate instance using the specified properties.
             * @function create
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {cosim.relay.VlanCreate.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.VlanCreate} VlanCreate instance
             * @type {{
             *   (properties: cosim.relay.VlanCreate.$Shape): cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape;
             *   (properties?: cosim.relay.VlanCreate.$Properties): cosim.relay.VlanCreate;
             * }}
             */
            VlanCreate.create = function(properties) {
                return new VlanCreate(properties);
            };

            /**
             * Encodes the specified VlanCreate message. Does not implicitly {@link cosim.relay.VlanCreate.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {cosim.relay.VlanCreate.$Properties} message VlanCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VlanCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parent);
                if (message.vlanId != null && $Object.hasOwnProperty.call(message, "vlanId") && message.vlanId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vlanId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && message.netns !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.netns);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VlanCreate message, length delimited. Does not implicitly {@link cosim.relay.VlanCreate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {cosim.relay.VlanCreate.$Properties} message VlanCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VlanCreate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VlanCreate message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape} VlanCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VlanCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.VlanCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parent = value;
                            else
                                delete message.parent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vlanId = value;
                            else
                                delete message.vlanId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VlanCreate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape} VlanCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VlanCreate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a VlanCreate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.VlanCreate} VlanCreate
             */
            VlanCreate.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.VlanCreate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.VlanCreate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.VlanCreate();
                if (object.parent != null)
                    if (typeof object.parent !== "string" || object.parent.length)
                        message.parent = $String(object.parent);
                if (object.vlanId != null)
                    if ($Number(object.vlanId) !== 0)
                        message.vlanId = object.vlanId >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.netns != null)
                    if (typeof object.netns !== "string" || object.netns.length)
                        message.netns = $String(object.netns);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                return message;
            };

            /**
             * Creates a plain object from a VlanCreate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.VlanCreate
             * @static
             * @param {cosim.relay.VlanCreate} message VlanCreate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VlanCreate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parent = "";
                    object.vlanId = 0;
                    object.name = "";
                    object.netns = "";
                    object.mac = "";
                }
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                    object.parent = message.parent;
                if (message.vlanId != null && $Object.hasOwnProperty.call(message, "vlanId"))
                    object.vlanId = message.vlanId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                return object;
            };

            /**
             * Converts this VlanCreate to JSON.
             * @function toJSON
             * @memberof cosim.relay.VlanCreate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VlanCreate.prototype.toJSON = function() {
                return VlanCreate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VlanCreate;
        })();

        relay.AddEntropy = (function() {

            /**
             * Properties of an AddEntropy.
             * @typedef {Object} cosim.relay.AddEntropy.$Properties
             * @property {Uint8Array|null} [data] AddEntropy data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddEntropy.
             * @memberof cosim.relay
             * @interface IAddEntropy
             * @augments cosim.relay.AddEntropy.$Properties
             * @deprecated Use cosim.relay.AddEntropy.$Properties instead.
             */

            /**
             * Shape of an AddEntropy.
             * @typedef {cosim.relay.AddEntropy.$Properties} cosim.relay.AddEntropy.$Shape
             */

            /**
             * Constructs a new AddEntropy.
             * @memberof cosim.relay
             * @classdesc Represents an AddEntropy.
             * @constructor
             * @param {cosim.relay.AddEntropy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddEntropy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddEntropy data.
             * @member {Uint8Array} data
             * @memberof cosim.relay.AddEntropy
             * @instance
             */
            AddEntropy.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new AddEntropy instance using the specified properties.
             * @function create
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {cosim.relay.AddEntropy.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.AddEntropy} AddEntropy instance
             * @type {{
             *   (properties: cosim.relay.AddEntropy.$Shape): cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape;
             *   (properties?: cosim.relay.AddEntropy.$Properties): cosim.relay.AddEntropy;
             * }}
             */
            AddEntropy.create = function(properties) {
                return new AddEntropy(properties);
            };

            /**
             * Encodes the specified AddEntropy message. Does not implicitly {@link cosim.relay.AddEntropy.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {cosim.relay.AddEntropy.$Properties} message AddEntropy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddEntropy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AddEntropy message, length delimited. Does not implicitly {@link cosim.relay.AddEntropy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {cosim.relay.AddEntropy.$Properties} message AddEntropy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddEntropy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AddEntropy message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape} AddEntropy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddEntropy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.AddEntropy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AddEntropy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape} AddEntropy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddEntropy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an AddEntropy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.AddEntropy} AddEntropy
             */
            AddEntropy.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.AddEntropy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.AddEntropy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.AddEntropy();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from an AddEntropy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.AddEntropy
             * @static
             * @param {cosim.relay.AddEntropy} message AddEntropy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddEntropy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this AddEntropy to JSON.
             * @function toJSON
             * @memberof cosim.relay.AddEntropy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddEntropy.prototype.toJSON = function() {
                return AddEntropy.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AddEntropy;
        })();

        relay.SampleTcpInfo = (function() {

            /**
             * Properties of a SampleTcpInfo.
             * @typedef {Object} cosim.relay.SampleTcpInfo.$Properties
             * @property {number|null} [fd] SampleTcpInfo fd
             * @property {number|Long|null} [intervalNs] SampleTcpInfo intervalNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SampleTcpInfo.
             * @memberof cosim.relay
             * @interface ISampleTcpInfo
             * @augments cosim.relay.SampleTcpInfo.$Properties
             * @deprecated Use cosim.relay.SampleTcpInfo.$Properties instead.
             */

            /**
             * Shape of a SampleTcpInfo.
             * @typedef {cosim.relay.SampleTcpInfo.$Properties} cosim.relay.SampleTcpInfo.$Shape
             */

            /**
             * Constructs a new SampleTcpInfo.
             * @memberof cosim.relay
             * @classdesc Represents a SampleTcpInfo.
             * @constructor
             * @param {cosim.relay.SampleTcpInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SampleTcpInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SampleTcpInfo fd.
             * @member {number} fd
             * @memberof cosim.relay.SampleTcpInfo
             * @instance
             */
            SampleTcpInfo.prototype.fd = 0;

            /**
             * SampleTcpInfo intervalNs.
             * @member {number|Long} intervalNs
             * @memberof cosim.relay.SampleTcpInfo
             * @instance
             */
            SampleTcpInfo.prototype.intervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SampleTcpInfo instance using the specified properties.
             * @function create
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {cosim.relay.SampleTcpInfo.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.SampleTcpInfo} SampleTcpInfo instance
             * @type {{
             *   (properties: cosim.relay.SampleTcpInfo.$Shape): cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape;
             *   (properties?: cosim.relay.SampleTcpInfo.$Properties): cosim.relay.SampleTcpInfo;
             * }}
             */
            SampleTcpInfo.create = function(properties) {
                return new SampleTcpInfo(properties);
            };

            /**
             * Encodes the specified SampleTcpInfo message. Does not implicitly {@link cosim.relay.SampleTcpInfo.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {cosim.relay.SampleTcpInfo.$Properties} message SampleTcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleTcpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.intervalNs != null && $Object.hasOwnProperty.call(message, "intervalNs") && (typeof message.intervalNs === "object" ? message.intervalNs.low || message.intervalNs.high : message.intervalNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.intervalNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SampleTcpInfo message, length delimited. Does not implicitly {@link cosim.relay.SampleTcpInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {cosim.relay.SampleTcpInfo.$Properties} message SampleTcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleTcpInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SampleTcpInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape} SampleTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleTcpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.SampleTcpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.intervalNs = value;
                            else
                                delete message.intervalNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SampleTcpInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape} SampleTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleTcpInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SampleTcpInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.SampleTcpInfo} SampleTcpInfo
             */
            SampleTcpInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.SampleTcpInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.SampleTcpInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.SampleTcpInfo();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.intervalNs != null)
                    if (typeof object.intervalNs === "object" ? object.intervalNs.low || object.intervalNs.high : $Number(object.intervalNs) !== 0)
                        if ($util.Long)
                            message.intervalNs = $util.Long.fromValue(object.intervalNs, true);
                        else if (typeof object.intervalNs === "string")
                            message.intervalNs = $parseInt(object.intervalNs, 10);
                        else if (typeof object.intervalNs === "number")
                            message.intervalNs = object.intervalNs;
                        else if (typeof object.intervalNs === "object")
                            message.intervalNs = new $util.LongBits(object.intervalNs.low >>> 0, object.intervalNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SampleTcpInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.SampleTcpInfo
             * @static
             * @param {cosim.relay.SampleTcpInfo} message SampleTcpInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SampleTcpInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.intervalNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.intervalNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.intervalNs != null && $Object.hasOwnProperty.call(message, "intervalNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.intervalNs = typeof message.intervalNs === "number" ? $BigInt(message.intervalNs) : $util.Long.fromBits(message.intervalNs.low >>> 0, message.intervalNs.high >>> 0, true).toBigInt();
                    else if (typeof message.intervalNs === "number")
                        object.intervalNs = options.longs === $String ? $String(message.intervalNs) : message.intervalNs;
                    else
                        object.intervalNs = options.longs === $String ? $util.Long.prototype.toString.call(message.intervalNs) : options.longs === $Number ? new $util.LongBits(message.intervalNs.low >>> 0, message.intervalNs.high >>> 0).toNumber(true) : message.intervalNs;
                return object;
            };

            /**
             * Converts this SampleTcpInfo to JSON.
             * @function toJSON
             * @memberof cosim.relay.SampleTcpInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SampleTcpInfo.prototype.toJSON = function() {
                return SampleTcpInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SampleTcpInfo;
        })();

        relay.UdpSend = (function() {

            /**
             * Properties of an UdpSend.
             * @typedef {Object} cosim.relay.UdpSend.$Properties
             * @property {number|null} [fd] UdpSend fd
             * @property {number|null} [datagramBytes] UdpSend datagramBytes
             * @property {number|Long|null} [intervalNs] UdpSend intervalNs
             * @property {Array.<number|Long>|null} [periodsNs] UdpSend periodsNs
             * @property {number|Long|null} [sampleIntervalNs] UdpSend sampleIntervalNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UdpSend.
             * @memberof cosim.relay
             * @interface IUdpSend
             * @augments cosim.relay.UdpSend.$Properties
             * @deprecated Use cosim.relay.UdpSend.$Properties instead.
             */

            /**
             * Shape of an UdpSend.
             * @typedef {cosim.relay.UdpSend.$Properties} cosim.relay.UdpSend.$Shape
             */

            /**
             * Constructs a new UdpSend.
             * @memberof cosim.relay
             * @classdesc Represents an UdpSend.
             * @constructor
             * @param {cosim.relay.UdpSend.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UdpSend = function (properties) {
                this.periodsNs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UdpSend fd.
             * @member {number} fd
             * @memberof cosim.relay.UdpSend
             * @instance
             */
            UdpSend.prototype.fd = 0;

            /**
             * UdpSend datagramBytes.
             * @member {number} datagramBytes
             * @memberof cosim.relay.UdpSend
             * @instance
             */
            UdpSend.prototype.datagramBytes = 0;

            /**
             * UdpSend intervalNs.
             * @member {number|Long} intervalNs
             * @memberof cosim.relay.UdpSend
             * @instance
             */
            UdpSend.prototype.intervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UdpSend periodsNs.
             * @member {Array.<number|Long>} periodsNs
             * @memberof cosim.relay.UdpSend
             * @instance
             */
            UdpSend.prototype.periodsNs = $util.emptyArray;

            /**
             * UdpSend sampleIntervalNs.
             * @member {number|Long} sampleIntervalNs
             * @memberof cosim.relay.UdpSend
             * @instance
             */
            UdpSend.prototype.sampleIntervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UdpSend instance using the specified properties.
             * @function create
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {cosim.relay.UdpSend.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.UdpSend} UdpSend instance
             * @type {{
             *   (properties: cosim.relay.UdpSend.$Shape): cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape;
             *   (properties?: cosim.relay.UdpSend.$Properties): cosim.relay.UdpSend;
             * }}
             */
            UdpSend.create = function(properties) {
                return new UdpSend(properties);
            };

            /**
             * Encodes the specified UdpSend message. Does not implicitly {@link cosim.relay.UdpSend.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {cosim.relay.UdpSend.$Properties} message UdpSend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UdpSend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.datagramBytes != null && $Object.hasOwnProperty.call(message, "datagramBytes") && message.datagramBytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.datagramBytes);
                if (message.intervalNs != null && $Object.hasOwnProperty.call(message, "intervalNs") && (typeof message.intervalNs === "object" ? message.intervalNs.low || message.intervalNs.high : message.intervalNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.intervalNs);
                if (message.periodsNs != null && message.periodsNs.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.periodsNs);
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs") && (typeof message.sampleIntervalNs === "object" ? message.sampleIntervalNs.low || message.sampleIntervalNs.high : message.sampleIntervalNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sampleIntervalNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UdpSend message, length delimited. Does not implicitly {@link cosim.relay.UdpSend.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {cosim.relay.UdpSend.$Properties} message UdpSend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UdpSend.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UdpSend message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape} UdpSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UdpSend.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.UdpSend();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.datagramBytes = value;
                            else
                                delete message.datagramBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.intervalNs = value;
                            else
                                delete message.intervalNs;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.periodsNs && message.periodsNs.length))
                                    message.periodsNs = [];
                                reader.uint64s(message.periodsNs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.periodsNs && message.periodsNs.length))
                                message.periodsNs = [];
                            message.periodsNs.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sampleIntervalNs = value;
                            else
                                delete message.sampleIntervalNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UdpSend message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape} UdpSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UdpSend.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an UdpSend message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.UdpSend} UdpSend
             */
            UdpSend.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.UdpSend)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.UdpSend: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.UdpSend();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.datagramBytes != null)
                    if ($Number(object.datagramBytes) !== 0)
                        message.datagramBytes = object.datagramBytes >>> 0;
                if (object.intervalNs != null)
                    if (typeof object.intervalNs === "object" ? object.intervalNs.low || object.intervalNs.high : $Number(object.intervalNs) !== 0)
                        if ($util.Long)
                            message.intervalNs = $util.Long.fromValue(object.intervalNs, true);
                        else if (typeof object.intervalNs === "string")
                            message.intervalNs = $parseInt(object.intervalNs, 10);
                        else if (typeof object.intervalNs === "number")
                            message.intervalNs = object.intervalNs;
                        else if (typeof object.intervalNs === "object")
                            message.intervalNs = new $util.LongBits(object.intervalNs.low >>> 0, object.intervalNs.high >>> 0).toNumber(true);
                if (object.periodsNs) {
                    if (!$Array.isArray(object.periodsNs))
                        throw $TypeError(".cosim.relay.UdpSend.periodsNs: array expected");
                    message.periodsNs = $Array(object.periodsNs.length);
                    for (let i = 0; i < object.periodsNs.length; ++i)
                        if ($util.Long)
                            message.periodsNs[i] = $util.Long.fromValue(object.periodsNs[i], true);
                        else if (typeof object.periodsNs[i] === "string")
                            message.periodsNs[i] = $parseInt(object.periodsNs[i], 10);
                        else if (typeof object.periodsNs[i] === "number")
                            message.periodsNs[i] = object.periodsNs[i];
                        else if (typeof object.periodsNs[i] === "object")
                            message.periodsNs[i] = new $util.LongBits(object.periodsNs[i].low >>> 0, object.periodsNs[i].high >>> 0).toNumber(true);
                }
                if (object.sampleIntervalNs != null)
                    if (typeof object.sampleIntervalNs === "object" ? object.sampleIntervalNs.low || object.sampleIntervalNs.high : $Number(object.sampleIntervalNs) !== 0)
                        if ($util.Long)
                            message.sampleIntervalNs = $util.Long.fromValue(object.sampleIntervalNs, true);
                        else if (typeof object.sampleIntervalNs === "string")
                            message.sampleIntervalNs = $parseInt(object.sampleIntervalNs, 10);
                        else if (typeof object.sampleIntervalNs === "number")
                            message.sampleIntervalNs = object.sampleIntervalNs;
                        else if (typeof object.sampleIntervalNs === "object")
                            message.sampleIntervalNs = new $util.LongBits(object.sampleIntervalNs.low >>> 0, object.sampleIntervalNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an UdpSend message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.UdpSend
             * @static
             * @param {cosim.relay.UdpSend} message UdpSend
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UdpSend.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.periodsNs = [];
                if (options.defaults) {
                    object.fd = 0;
                    object.datagramBytes = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.intervalNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.intervalNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sampleIntervalNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sampleIntervalNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.datagramBytes != null && $Object.hasOwnProperty.call(message, "datagramBytes"))
                    object.datagramBytes = message.datagramBytes;
                if (message.intervalNs != null && $Object.hasOwnProperty.call(message, "intervalNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.intervalNs = typeof message.intervalNs === "number" ? $BigInt(message.intervalNs) : $util.Long.fromBits(message.intervalNs.low >>> 0, message.intervalNs.high >>> 0, true).toBigInt();
                    else if (typeof message.intervalNs === "number")
                        object.intervalNs = options.longs === $String ? $String(message.intervalNs) : message.intervalNs;
                    else
                        object.intervalNs = options.longs === $String ? $util.Long.prototype.toString.call(message.intervalNs) : options.longs === $Number ? new $util.LongBits(message.intervalNs.low >>> 0, message.intervalNs.high >>> 0).toNumber(true) : message.intervalNs;
                if (message.periodsNs && message.periodsNs.length) {
                    object.periodsNs = $Array(message.periodsNs.length);
                    for (let j = 0; j < message.periodsNs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.periodsNs[j] = typeof message.periodsNs[j] === "number" ? $BigInt(message.periodsNs[j]) : $util.Long.fromBits(message.periodsNs[j].low >>> 0, message.periodsNs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.periodsNs[j] === "number")
                            object.periodsNs[j] = options.longs === $String ? $String(message.periodsNs[j]) : message.periodsNs[j];
                        else
                            object.periodsNs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.periodsNs[j]) : options.longs === $Number ? new $util.LongBits(message.periodsNs[j].low >>> 0, message.periodsNs[j].high >>> 0).toNumber(true) : message.periodsNs[j];
                }
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sampleIntervalNs = typeof message.sampleIntervalNs === "number" ? $BigInt(message.sampleIntervalNs) : $util.Long.fromBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sampleIntervalNs === "number")
                        object.sampleIntervalNs = options.longs === $String ? $String(message.sampleIntervalNs) : message.sampleIntervalNs;
                    else
                        object.sampleIntervalNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sampleIntervalNs) : options.longs === $Number ? new $util.LongBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0).toNumber(true) : message.sampleIntervalNs;
                return object;
            };

            /**
             * Converts this UdpSend to JSON.
             * @function toJSON
             * @memberof cosim.relay.UdpSend
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UdpSend.prototype.toJSON = function() {
                return UdpSend.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UdpSend;
        })();

        relay.UdpReceive = (function() {

            /**
             * Properties of an UdpReceive.
             * @typedef {Object} cosim.relay.UdpReceive.$Properties
             * @property {number|null} [fd] UdpReceive fd
             * @property {number|Long|null} [sampleIntervalNs] UdpReceive sampleIntervalNs
             * @property {number|Long|null} [durationNs] UdpReceive durationNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UdpReceive.
             * @memberof cosim.relay
             * @interface IUdpReceive
             * @augments cosim.relay.UdpReceive.$Properties
             * @deprecated Use cosim.relay.UdpReceive.$Properties instead.
             */

            /**
             * Shape of an UdpReceive.
             * @typedef {cosim.relay.UdpReceive.$Properties} cosim.relay.UdpReceive.$Shape
             */

            /**
             * Constructs a new UdpReceive.
             * @memberof cosim.relay
             * @classdesc Represents an UdpReceive.
             * @constructor
             * @param {cosim.relay.UdpReceive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UdpReceive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UdpReceive fd.
             * @member {number} fd
             * @memberof cosim.relay.UdpReceive
             * @instance
             */
            UdpReceive.prototype.fd = 0;

            /**
             * UdpReceive sampleIntervalNs.
             * @member {number|Long} sampleIntervalNs
             * @memberof cosim.relay.UdpReceive
             * @instance
             */
            UdpReceive.prototype.sampleIntervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UdpReceive durationNs.
             * @member {number|Long} durationNs
             * @memberof cosim.relay.UdpReceive
             * @instance
             */
            UdpReceive.prototype.durationNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UdpReceive instance using the specified properties.
             * @function create
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {cosim.relay.UdpReceive.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.UdpReceive} UdpReceive instance
             * @type {{
             *   (properties: cosim.relay.UdpReceive.$Shape): cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape;
             *   (properties?: cosim.relay.UdpReceive.$Properties): cosim.relay.UdpReceive;
             * }}
             */
            UdpReceive.create = function(properties) {
                return new UdpReceive(properties);
            };

            /**
             * Encodes the specified UdpReceive message. Does not implicitly {@link cosim.relay.UdpReceive.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {cosim.relay.UdpReceive.$Properties} message UdpReceive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UdpReceive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs") && (typeof message.sampleIntervalNs === "object" ? message.sampleIntervalNs.low || message.sampleIntervalNs.high : message.sampleIntervalNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sampleIntervalNs);
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs") && (typeof message.durationNs === "object" ? message.durationNs.low || message.durationNs.high : message.durationNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.durationNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UdpReceive message, length delimited. Does not implicitly {@link cosim.relay.UdpReceive.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {cosim.relay.UdpReceive.$Properties} message UdpReceive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UdpReceive.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UdpReceive message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape} UdpReceive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UdpReceive.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.UdpReceive();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sampleIntervalNs = value;
                            else
                                delete message.sampleIntervalNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNs = value;
                            else
                                delete message.durationNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UdpReceive message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape} UdpReceive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UdpReceive.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an UdpReceive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.UdpReceive} UdpReceive
             */
            UdpReceive.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.UdpReceive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.UdpReceive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.UdpReceive();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.sampleIntervalNs != null)
                    if (typeof object.sampleIntervalNs === "object" ? object.sampleIntervalNs.low || object.sampleIntervalNs.high : $Number(object.sampleIntervalNs) !== 0)
                        if ($util.Long)
                            message.sampleIntervalNs = $util.Long.fromValue(object.sampleIntervalNs, true);
                        else if (typeof object.sampleIntervalNs === "string")
                            message.sampleIntervalNs = $parseInt(object.sampleIntervalNs, 10);
                        else if (typeof object.sampleIntervalNs === "number")
                            message.sampleIntervalNs = object.sampleIntervalNs;
                        else if (typeof object.sampleIntervalNs === "object")
                            message.sampleIntervalNs = new $util.LongBits(object.sampleIntervalNs.low >>> 0, object.sampleIntervalNs.high >>> 0).toNumber(true);
                if (object.durationNs != null)
                    if (typeof object.durationNs === "object" ? object.durationNs.low || object.durationNs.high : $Number(object.durationNs) !== 0)
                        if ($util.Long)
                            message.durationNs = $util.Long.fromValue(object.durationNs, true);
                        else if (typeof object.durationNs === "string")
                            message.durationNs = $parseInt(object.durationNs, 10);
                        else if (typeof object.durationNs === "number")
                            message.durationNs = object.durationNs;
                        else if (typeof object.durationNs === "object")
                            message.durationNs = new $util.LongBits(object.durationNs.low >>> 0, object.durationNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an UdpReceive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.UdpReceive
             * @static
             * @param {cosim.relay.UdpReceive} message UdpReceive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UdpReceive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sampleIntervalNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sampleIntervalNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sampleIntervalNs = typeof message.sampleIntervalNs === "number" ? $BigInt(message.sampleIntervalNs) : $util.Long.fromBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sampleIntervalNs === "number")
                        object.sampleIntervalNs = options.longs === $String ? $String(message.sampleIntervalNs) : message.sampleIntervalNs;
                    else
                        object.sampleIntervalNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sampleIntervalNs) : options.longs === $Number ? new $util.LongBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0).toNumber(true) : message.sampleIntervalNs;
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNs = typeof message.durationNs === "number" ? $BigInt(message.durationNs) : $util.Long.fromBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationNs === "number")
                        object.durationNs = options.longs === $String ? $String(message.durationNs) : message.durationNs;
                    else
                        object.durationNs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNs) : options.longs === $Number ? new $util.LongBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0).toNumber(true) : message.durationNs;
                return object;
            };

            /**
             * Converts this UdpReceive to JSON.
             * @function toJSON
             * @memberof cosim.relay.UdpReceive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UdpReceive.prototype.toJSON = function() {
                return UdpReceive.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UdpReceive;
        })();

        relay.RrServe = (function() {

            /**
             * Properties of a RrServe.
             * @typedef {Object} cosim.relay.RrServe.$Properties
             * @property {number|null} [fd] RrServe fd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RrServe.
             * @memberof cosim.relay
             * @interface IRrServe
             * @augments cosim.relay.RrServe.$Properties
             * @deprecated Use cosim.relay.RrServe.$Properties instead.
             */

            /**
             * Shape of a RrServe.
             * @typedef {cosim.relay.RrServe.$Properties} cosim.relay.RrServe.$Shape
             */

            /**
             * Constructs a new RrServe.
             * @memberof cosim.relay
             * @classdesc Represents a RrServe.
             * @constructor
             * @param {cosim.relay.RrServe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RrServe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RrServe fd.
             * @member {number} fd
             * @memberof cosim.relay.RrServe
             * @instance
             */
            RrServe.prototype.fd = 0;

            /**
             * Creates a new RrServe instance using the specified properties.
             * @function create
             * @memberof cosim.relay.RrServe
             * @static
             * @param {cosim.relay.RrServe.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.RrServe} RrServe instance
             * @type {{
             *   (properties: cosim.relay.RrServe.$Shape): cosim.relay.RrServe & cosim.relay.RrServe.$Shape;
             *   (properties?: cosim.relay.RrServe.$Properties): cosim.relay.RrServe;
             * }}
             */
            RrServe.create = function(properties) {
                return new RrServe(properties);
            };

            /**
             * Encodes the specified RrServe message. Does not implicitly {@link cosim.relay.RrServe.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.RrServe
             * @static
             * @param {cosim.relay.RrServe.$Properties} message RrServe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RrServe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RrServe message, length delimited. Does not implicitly {@link cosim.relay.RrServe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.RrServe
             * @static
             * @param {cosim.relay.RrServe.$Properties} message RrServe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RrServe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RrServe message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.RrServe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.RrServe & cosim.relay.RrServe.$Shape} RrServe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RrServe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.RrServe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RrServe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.RrServe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.RrServe & cosim.relay.RrServe.$Shape} RrServe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RrServe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RrServe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.RrServe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.RrServe} RrServe
             */
            RrServe.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.RrServe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.RrServe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.RrServe();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                return message;
            };

            /**
             * Creates a plain object from a RrServe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.RrServe
             * @static
             * @param {cosim.relay.RrServe} message RrServe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RrServe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fd = 0;
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                return object;
            };

            /**
             * Converts this RrServe to JSON.
             * @function toJSON
             * @memberof cosim.relay.RrServe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RrServe.prototype.toJSON = function() {
                return RrServe.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RrServe;
        })();

        relay.RrClient = (function() {

            /**
             * Properties of a RrClient.
             * @typedef {Object} cosim.relay.RrClient.$Properties
             * @property {number|null} [fd] RrClient fd
             * @property {Array.<number>|null} [requestBytes] RrClient requestBytes
             * @property {Array.<number>|null} [responseBytes] RrClient responseBytes
             * @property {Array.<number|Long>|null} [gapNs] RrClient gapNs
             * @property {boolean|null} [closedLoop] RrClient closedLoop
             * @property {number|Long|null} [sampleIntervalNs] RrClient sampleIntervalNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RrClient.
             * @memberof cosim.relay
             * @interface IRrClient
             * @augments cosim.relay.RrClient.$Properties
             * @deprecated Use cosim.relay.RrClient.$Properties instead.
             */

            /**
             * Shape of a RrClient.
             * @typedef {cosim.relay.RrClient.$Properties} cosim.relay.RrClient.$Shape
             */

            /**
             * Constructs a new RrClient.
             * @memberof cosim.relay
             * @classdesc Represents a RrClient.
             * @constructor
             * @param {cosim.relay.RrClient.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RrClient = function (properties) {
                this.requestBytes = [];
                this.responseBytes = [];
                this.gapNs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RrClient fd.
             * @member {number} fd
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.fd = 0;

            /**
             * RrClient requestBytes.
             * @member {Array.<number>} requestBytes
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.requestBytes = $util.emptyArray;

            /**
             * RrClient responseBytes.
             * @member {Array.<number>} responseBytes
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.responseBytes = $util.emptyArray;

            /**
             * RrClient gapNs.
             * @member {Array.<number|Long>} gapNs
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.gapNs = $util.emptyArray;

            /**
             * RrClient closedLoop.
             * @member {boolean} closedLoop
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.closedLoop = false;

            /**
             * RrClient sampleIntervalNs.
             * @member {number|Long} sampleIntervalNs
             * @memberof cosim.relay.RrClient
             * @instance
             */
            RrClient.prototype.sampleIntervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RrClient instance using the specified properties.
             * @function create
             * @memberof cosim.relay.RrClient
             * @static
             * @param {cosim.relay.RrClient.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.RrClient} RrClient instance
             * @type {{
             *   (properties: cosim.relay.RrClient.$Shape): cosim.relay.RrClient & cosim.relay.RrClient.$Shape;
             *   (properties?: cosim.relay.RrClient.$Properties): cosim.relay.RrClient;
             * }}
             */
            RrClient.create = function(properties) {
                return new RrClient(properties);
            };

            /**
             * Encodes the specified RrClient message. Does not implicitly {@link cosim.relay.RrClient.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.RrClient
             * @static
             * @param {cosim.relay.RrClient.$Properties} message RrClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RrClient.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.requestBytes != null && message.requestBytes.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.requestBytes);
                if (message.responseBytes != null && message.responseBytes.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.responseBytes);
                if (message.gapNs != null && message.gapNs.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.gapNs);
                if (message.closedLoop != null && $Object.hasOwnProperty.call(message, "closedLoop") && message.closedLoop !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.closedLoop);
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs") && (typeof message.sampleIntervalNs === "object" ? message.sampleIntervalNs.low || message.sampleIntervalNs.high : message.sampleIntervalNs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.sampleIntervalNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RrClient message, length delimited. Does not implicitly {@link cosim.relay.RrClient.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.RrClient
             * @static
             * @param {cosim.relay.RrClient.$Properties} message RrClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RrClient.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RrClient message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.RrClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.RrClient & cosim.relay.RrClient.$Shape} RrClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RrClient.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.RrClient();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.requestBytes && message.requestBytes.length))
                                    message.requestBytes = [];
                                reader.uint32s(message.requestBytes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.requestBytes && message.requestBytes.length))
                                message.requestBytes = [];
                            message.requestBytes.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.responseBytes && message.responseBytes.length))
                                    message.responseBytes = [];
                                reader.uint32s(message.responseBytes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.responseBytes && message.responseBytes.length))
                                message.responseBytes = [];
                            message.responseBytes.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.gapNs && message.gapNs.length))
                                    message.gapNs = [];
                                reader.uint64s(message.gapNs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.gapNs && message.gapNs.length))
                                message.gapNs = [];
                            message.gapNs.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closedLoop = value;
                            else
                                delete message.closedLoop;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sampleIntervalNs = value;
                            else
                                delete message.sampleIntervalNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RrClient message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.RrClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.RrClient & cosim.relay.RrClient.$Shape} RrClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RrClient.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RrClient message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.RrClient
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.RrClient} RrClient
             */
            RrClient.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.RrClient)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.RrClient: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.RrClient();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.requestBytes) {
                    if (!$Array.isArray(object.requestBytes))
                        throw $TypeError(".cosim.relay.RrClient.requestBytes: array expected");
                    message.requestBytes = $Array(object.requestBytes.length);
                    for (let i = 0; i < object.requestBytes.length; ++i)
                        message.requestBytes[i] = object.requestBytes[i] >>> 0;
                }
                if (object.responseBytes) {
                    if (!$Array.isArray(object.responseBytes))
                        throw $TypeError(".cosim.relay.RrClient.responseBytes: array expected");
                    message.responseBytes = $Array(object.responseBytes.length);
                    for (let i = 0; i < object.responseBytes.length; ++i)
                        message.responseBytes[i] = object.responseBytes[i] >>> 0;
                }
                if (object.gapNs) {
                    if (!$Array.isArray(object.gapNs))
                        throw $TypeError(".cosim.relay.RrClient.gapNs: array expected");
                    message.gapNs = $Array(object.gapNs.length);
                    for (let i = 0; i < object.gapNs.length; ++i)
                        if ($util.Long)
                            message.gapNs[i] = $util.Long.fromValue(object.gapNs[i], true);
                        else if (typeof object.gapNs[i] === "string")
                            message.gapNs[i] = $parseInt(object.gapNs[i], 10);
                        else if (typeof object.gapNs[i] === "number")
                            message.gapNs[i] = object.gapNs[i];
                        else if (typeof object.gapNs[i] === "object")
                            message.gapNs[i] = new $util.LongBits(object.gapNs[i].low >>> 0, object.gapNs[i].high >>> 0).toNumber(true);
                }
                if (object.closedLoop != null)
                    if (object.closedLoop)
                        message.closedLoop = $Boolean(object.closedLoop);
                if (object.sampleIntervalNs != null)
                    if (typeof object.sampleIntervalNs === "object" ? object.sampleIntervalNs.low || object.sampleIntervalNs.high : $Number(object.sampleIntervalNs) !== 0)
                        if ($util.Long)
                            message.sampleIntervalNs = $util.Long.fromValue(object.sampleIntervalNs, true);
                        else if (typeof object.sampleIntervalNs === "string")
                            message.sampleIntervalNs = $parseInt(object.sampleIntervalNs, 10);
                        else if (typeof object.sampleIntervalNs === "number")
                            message.sampleIntervalNs = object.sampleIntervalNs;
                        else if (typeof object.sampleIntervalNs === "object")
                            message.sampleIntervalNs = new $util.LongBits(object.sampleIntervalNs.low >>> 0, object.sampleIntervalNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a RrClient message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.RrClient
             * @static
             * @param {cosim.relay.RrClient} message RrClient
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RrClient.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.requestBytes = [];
                    object.responseBytes = [];
                    object.gapNs = [];
                }
                if (options.defaults) {
                    object.fd = 0;
                    object.closedLoop = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sampleIntervalNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sampleIntervalNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.requestBytes && message.requestBytes.length) {
                    object.requestBytes = $Array(message.requestBytes.length);
                    for (let j = 0; j < message.requestBytes.length; ++j)
                        object.requestBytes[j] = message.requestBytes[j];
                }
                if (message.responseBytes && message.responseBytes.length) {
                    object.responseBytes = $Array(message.responseBytes.length);
                    for (let j = 0; j < message.responseBytes.length; ++j)
                        object.responseBytes[j] = message.responseBytes[j];
                }
                if (message.gapNs && message.gapNs.length) {
                    object.gapNs = $Array(message.gapNs.length);
                    for (let j = 0; j < message.gapNs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gapNs[j] = typeof message.gapNs[j] === "number" ? $BigInt(message.gapNs[j]) : $util.Long.fromBits(message.gapNs[j].low >>> 0, message.gapNs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.gapNs[j] === "number")
                            object.gapNs[j] = options.longs === $String ? $String(message.gapNs[j]) : message.gapNs[j];
                        else
                            object.gapNs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.gapNs[j]) : options.longs === $Number ? new $util.LongBits(message.gapNs[j].low >>> 0, message.gapNs[j].high >>> 0).toNumber(true) : message.gapNs[j];
                }
                if (message.closedLoop != null && $Object.hasOwnProperty.call(message, "closedLoop"))
                    object.closedLoop = message.closedLoop;
                if (message.sampleIntervalNs != null && $Object.hasOwnProperty.call(message, "sampleIntervalNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sampleIntervalNs = typeof message.sampleIntervalNs === "number" ? $BigInt(message.sampleIntervalNs) : $util.Long.fromBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sampleIntervalNs === "number")
                        object.sampleIntervalNs = options.longs === $String ? $String(message.sampleIntervalNs) : message.sampleIntervalNs;
                    else
                        object.sampleIntervalNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sampleIntervalNs) : options.longs === $Number ? new $util.LongBits(message.sampleIntervalNs.low >>> 0, message.sampleIntervalNs.high >>> 0).toNumber(true) : message.sampleIntervalNs;
                return object;
            };

            /**
             * Converts this RrClient to JSON.
             * @function toJSON
             * @memberof cosim.relay.RrClient
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RrClient.prototype.toJSON = function() {
                return RrClient.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RrClient;
        })();

        relay.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} cosim.relay.Reply.$Properties
             * @property {number|null} [id] Reply id
             * @property {cosim.relay.Error.$Properties|null} [error] Reply error
             * @property {cosim.relay.Done.$Properties|null} [done] Reply done
             * @property {cosim.relay.TcpInfo.$Properties|null} [tcpInfo] Reply tcpInfo
             * @property {cosim.relay.Hello.$Properties|null} [hello] Reply hello
             * @property {cosim.relay.ExecResult.$Properties|null} [exec] Reply exec
             * @property {cosim.relay.TrafficReport.$Properties|null} [traffic] Reply traffic
             * @property {"error"|"done"|"tcpInfo"|"hello"|"exec"|"traffic"} [body] Reply body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof cosim.relay
             * @interface IReply
             * @augments cosim.relay.Reply.$Properties
             * @deprecated Use cosim.relay.Reply.$Properties instead.
             */

            /**
             * Narrowed shape of a Reply.
             * @typedef {{
             *   id?: number|null;
             *   error?: cosim.relay.Error.$Shape|null;
             *   done?: cosim.relay.Done.$Shape|null;
             *   tcpInfo?: cosim.relay.TcpInfo.$Shape|null;
             *   hello?: cosim.relay.Hello.$Shape|null;
             *   exec?: cosim.relay.ExecResult.$Shape|null;
             *   traffic?: cosim.relay.TrafficReport.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; error?: null; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "error"; error: cosim.relay.Error.$Shape; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "done"; error?: null; done: cosim.relay.Done.$Shape; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "tcpInfo"; error?: null; done?: null; tcpInfo: cosim.relay.TcpInfo.$Shape; hello?: null; exec?: null; traffic?: null }|{ body?: "hello"; error?: null; done?: null; tcpInfo?: null; hello: cosim.relay.Hello.$Shape; exec?: null; traffic?: null }|{ body?: "exec"; error?: null; done?: null; tcpInfo?: null; hello?: null; exec: cosim.relay.ExecResult.$Shape; traffic?: null }|{ body?: "traffic"; error?: null; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic: cosim.relay.TrafficReport.$Shape })
             * )} cosim.relay.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof cosim.relay
             * @classdesc Represents a Reply.
             * @constructor
             * @param {cosim.relay.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply id.
             * @member {number} id
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.id = 0;

            /**
             * Reply error.
             * @member {cosim.relay.Error.$Properties|null|undefined} error
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.error = null;

            /**
             * Reply done.
             * @member {cosim.relay.Done.$Properties|null|undefined} done
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.done = null;

            /**
             * Reply tcpInfo.
             * @member {cosim.relay.TcpInfo.$Properties|null|undefined} tcpInfo
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.tcpInfo = null;

            /**
             * Reply hello.
             * @member {cosim.relay.Hello.$Properties|null|undefined} hello
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.hello = null;

            /**
             * Reply exec.
             * @member {cosim.relay.ExecResult.$Properties|null|undefined} exec
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.exec = null;

            /**
             * Reply traffic.
             * @member {cosim.relay.TrafficReport.$Properties|null|undefined} traffic
             * @memberof cosim.relay.Reply
             * @instance
             */
            Reply.prototype.traffic = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Reply body.
             * @member {"error"|"done"|"tcpInfo"|"hello"|"exec"|"traffic"|undefined} body
             * @memberof cosim.relay.Reply
             * @instance
             */
            $Object.defineProperty(Reply.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["error", "done", "tcpInfo", "hello", "exec", "traffic"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Reply
             * @static
             * @param {cosim.relay.Reply.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Reply} Reply instance
             * @type {{
             *   (properties: cosim.relay.Reply.$Shape): cosim.relay.Reply & cosim.relay.Reply.$Shape;
             *   (properties?: cosim.relay.Reply.$Properties): cosim.relay.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link cosim.relay.Reply.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Reply
             * @static
             * @param {cosim.relay.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cosim.relay.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    $root.cosim.relay.Done.encode(message.done, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.tcpInfo != null && $Object.hasOwnProperty.call(message, "tcpInfo"))
                    $root.cosim.relay.TcpInfo.encode(message.tcpInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.cosim.relay.Hello.encode(message.hello, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                    $root.cosim.relay.ExecResult.encode(message.exec, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.traffic != null && $Object.hasOwnProperty.call(message, "traffic"))
                    $root.cosim.relay.TrafficReport.encode(message.traffic, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link cosim.relay.Reply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Reply
             * @static
             * @param {cosim.relay.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Reply & cosim.relay.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cosim.relay.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.done = $root.cosim.relay.Done.decode(reader, reader.size(), $undefined, _depth + 1, message.done);
                            message.body = "done";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.tcpInfo = $root.cosim.relay.TcpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tcpInfo);
                            message.body = "tcpInfo";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.cosim.relay.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.exec = $root.cosim.relay.ExecResult.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                            message.body = "exec";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.traffic = $root.cosim.relay.TrafficReport.decode(reader, reader.size(), $undefined, _depth + 1, message.traffic);
                            message.body = "traffic";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Reply & cosim.relay.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Reply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Reply} Reply
             */
            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Reply();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".cosim.relay.Reply.error: object expected");
                    message.error = $root.cosim.relay.Error.fromObject(object.error, _depth + 1);
                }
                if (object.done != null) {
                    if (!$util.isObject(object.done))
                        throw $TypeError(".cosim.relay.Reply.done: object expected");
                    message.done = $root.cosim.relay.Done.fromObject(object.done, _depth + 1);
                }
                if (object.tcpInfo != null) {
                    if (!$util.isObject(object.tcpInfo))
                        throw $TypeError(".cosim.relay.Reply.tcpInfo: object expected");
                    message.tcpInfo = $root.cosim.relay.TcpInfo.fromObject(object.tcpInfo, _depth + 1);
                }
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".cosim.relay.Reply.hello: object expected");
                    message.hello = $root.cosim.relay.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.exec != null) {
                    if (!$util.isObject(object.exec))
                        throw $TypeError(".cosim.relay.Reply.exec: object expected");
                    message.exec = $root.cosim.relay.ExecResult.fromObject(object.exec, _depth + 1);
                }
                if (object.traffic != null) {
                    if (!$util.isObject(object.traffic))
                        throw $TypeError(".cosim.relay.Reply.traffic: object expected");
                    message.traffic = $root.cosim.relay.TrafficReport.fromObject(object.traffic, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Reply
             * @static
             * @param {cosim.relay.Reply} message Reply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.cosim.relay.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.done != null && $Object.hasOwnProperty.call(message, "done")) {
                    object.done = $root.cosim.relay.Done.toObject(message.done, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "done";
                }
                if (message.tcpInfo != null && $Object.hasOwnProperty.call(message, "tcpInfo")) {
                    object.tcpInfo = $root.cosim.relay.TcpInfo.toObject(message.tcpInfo, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "tcpInfo";
                }
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.cosim.relay.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    object.exec = $root.cosim.relay.ExecResult.toObject(message.exec, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "exec";
                }
                if (message.traffic != null && $Object.hasOwnProperty.call(message, "traffic")) {
                    object.traffic = $root.cosim.relay.TrafficReport.toObject(message.traffic, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "traffic";
                }
                return object;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof cosim.relay.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reply;
        })();

        relay.TrafficReport = (function() {

            /**
             * Properties of a TrafficReport.
             * @typedef {Object} cosim.relay.TrafficReport.$Properties
             * @property {boolean|null} [final] TrafficReport final
             * @property {number|Long|null} [monotonicNs] TrafficReport monotonicNs
             * @property {number|Long|null} [count] TrafficReport count
             * @property {number|Long|null} [bytes] TrafficReport bytes
             * @property {number|Long|null} [errors] TrafficReport errors
             * @property {string|null} [firstError] TrafficReport firstError
             * @property {number|null} [firstIndex] TrafficReport firstIndex
             * @property {Array.<number|Long>|null} [dueNs] TrafficReport dueNs
             * @property {Array.<number|Long>|null} [completedNs] TrafficReport completedNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrafficReport.
             * @memberof cosim.relay
             * @interface ITrafficReport
             * @augments cosim.relay.TrafficReport.$Properties
             * @deprecated Use cosim.relay.TrafficReport.$Properties instead.
             */

            /**
             * Shape of a TrafficReport.
             * @typedef {cosim.relay.TrafficReport.$Properties} cosim.relay.TrafficReport.$Shape
             */

            /**
             * Constructs a new TrafficReport.
             * @memberof cosim.relay
             * @classdesc Represents a TrafficReport.
             * @constructor
             * @param {cosim.relay.TrafficReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrafficReport = function (properties) {
                this.dueNs = [];
                this.completedNs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrafficReport final.
             * @member {boolean} final
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.final = false;

            /**
             * TrafficReport monotonicNs.
             * @member {number|Long} monotonicNs
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.monotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrafficReport count.
             * @member {number|Long} count
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrafficReport bytes.
             * @member {number|Long} bytes
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrafficReport errors.
             * @member {number|Long} errors
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrafficReport firstError.
             * @member {string} firstError
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.firstError = "";

            /**
             * TrafficReport firstIndex.
             * @member {number} firstIndex
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.firstIndex = 0;

            /**
             * TrafficReport dueNs.
             * @member {Array.<number|Long>} dueNs
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.dueNs = $util.emptyArray;

            /**
             * TrafficReport completedNs.
             * @member {Array.<number|Long>} completedNs
             * @memberof cosim.relay.TrafficReport
             * @instance
             */
            TrafficReport.prototype.completedNs = $util.emptyArray;

            /**
             * Creates a new TrafficReport instance using the specified properties.
             * @function create
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {cosim.relay.TrafficReport.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.TrafficReport} TrafficReport instance
             * @type {{
             *   (properties: cosim.relay.TrafficReport.$Shape): cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape;
             *   (properties?: cosim.relay.TrafficReport.$Properties): cosim.relay.TrafficReport;
             * }}
             */
            TrafficReport.create = function(properties) {
                return new TrafficReport(properties);
            };

            /**
             * Encodes the specified TrafficReport message. Does not implicitly {@link cosim.relay.TrafficReport.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {cosim.relay.TrafficReport.$Properties} message TrafficReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrafficReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.final != null && $Object.hasOwnProperty.call(message, "final") && message.final !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.final);
                if (message.monotonicNs != null && $Object.hasOwnProperty.call(message, "monotonicNs") && (typeof message.monotonicNs === "object" ? message.monotonicNs.low || message.monotonicNs.high : message.monotonicNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.monotonicNs);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors") && (typeof message.errors === "object" ? message.errors.low || message.errors.high : message.errors !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.errors);
                if (message.firstError != null && $Object.hasOwnProperty.call(message, "firstError") && message.firstError !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.firstError);
                if (message.firstIndex != null && $Object.hasOwnProperty.call(message, "firstIndex") && message.firstIndex !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.firstIndex);
                if (message.dueNs != null && message.dueNs.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint64s(message.dueNs);
                if (message.completedNs != null && message.completedNs.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).uint64s(message.completedNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TrafficReport message, length delimited. Does not implicitly {@link cosim.relay.TrafficReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {cosim.relay.TrafficReport.$Properties} message TrafficReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrafficReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TrafficReport message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape} TrafficReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrafficReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.TrafficReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.final = value;
                            else
                                delete message.final;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.monotonicNs = value;
                            else
                                delete message.monotonicNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.errors = value;
                            else
                                delete message.errors;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firstError = value;
                            else
                                delete message.firstError;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.firstIndex = value;
                            else
                                delete message.firstIndex;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.dueNs && message.dueNs.length))
                                    message.dueNs = [];
                                reader.uint64s(message.dueNs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dueNs && message.dueNs.length))
                                message.dueNs = [];
                            message.dueNs.push(reader.uint64());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.completedNs && message.completedNs.length))
                                    message.completedNs = [];
                                reader.uint64s(message.completedNs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.completedNs && message.completedNs.length))
                                message.completedNs = [];
                            message.completedNs.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TrafficReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape} TrafficReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrafficReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TrafficReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.TrafficReport} TrafficReport
             */
            TrafficReport.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.TrafficReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.TrafficReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.TrafficReport();
                if (object.final != null)
                    if (object.final)
                        message.final = $Boolean(object.final);
                if (object.monotonicNs != null)
                    if (typeof object.monotonicNs === "object" ? object.monotonicNs.low || object.monotonicNs.high : $Number(object.monotonicNs) !== 0)
                        if ($util.Long)
                            message.monotonicNs = $util.Long.fromValue(object.monotonicNs, true);
                        else if (typeof object.monotonicNs === "string")
                            message.monotonicNs = $parseInt(object.monotonicNs, 10);
                        else if (typeof object.monotonicNs === "number")
                            message.monotonicNs = object.monotonicNs;
                        else if (typeof object.monotonicNs === "object")
                            message.monotonicNs = new $util.LongBits(object.monotonicNs.low >>> 0, object.monotonicNs.high >>> 0).toNumber(true);
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.errors != null)
                    if (typeof object.errors === "object" ? object.errors.low || object.errors.high : $Number(object.errors) !== 0)
                        if ($util.Long)
                            message.errors = $util.Long.fromValue(object.errors, true);
                        else if (typeof object.errors === "string")
                            message.errors = $parseInt(object.errors, 10);
                        else if (typeof object.errors === "number")
                            message.errors = object.errors;
                        else if (typeof object.errors === "object")
                            message.errors = new $util.LongBits(object.errors.low >>> 0, object.errors.high >>> 0).toNumber(true);
                if (object.firstError != null)
                    if (typeof object.firstError !== "string" || object.firstError.length)
                        message.firstError = $String(object.firstError);
                if (object.firstIndex != null)
                    if ($Number(object.firstIndex) !== 0)
                        message.firstIndex = object.firstIndex >>> 0;
                if (object.dueNs) {
                    if (!$Array.isArray(object.dueNs))
                        throw $TypeError(".cosim.relay.TrafficReport.dueNs: array expected");
                    message.dueNs = $Array(object.dueNs.length);
                    for (let i = 0; i < object.dueNs.length; ++i)
                        if ($util.Long)
                            message.dueNs[i] = $util.Long.fromValue(object.dueNs[i], true);
                        else if (typeof object.dueNs[i] === "string")
                            message.dueNs[i] = $parseInt(object.dueNs[i], 10);
                        else if (typeof object.dueNs[i] === "number")
                            message.dueNs[i] = object.dueNs[i];
                        else if (typeof object.dueNs[i] === "object")
                            message.dueNs[i] = new $util.LongBits(object.dueNs[i].low >>> 0, object.dueNs[i].high >>> 0).toNumber(true);
                }
                if (object.completedNs) {
                    if (!$Array.isArray(object.completedNs))
                        throw $TypeError(".cosim.relay.TrafficReport.completedNs: array expected");
                    message.completedNs = $Array(object.completedNs.length);
                    for (let i = 0; i < object.completedNs.length; ++i)
                        if ($util.Long)
                            message.completedNs[i] = $util.Long.fromValue(object.completedNs[i], true);
                        else if (typeof object.completedNs[i] === "string")
                            message.completedNs[i] = $parseInt(object.completedNs[i], 10);
                        else if (typeof object.completedNs[i] === "number")
                            message.completedNs[i] = object.completedNs[i];
                        else if (typeof object.completedNs[i] === "object")
                            message.completedNs[i] = new $util.LongBits(object.completedNs[i].low >>> 0, object.completedNs[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from a TrafficReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.TrafficReport
             * @static
             * @param {cosim.relay.TrafficReport} message TrafficReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrafficReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.dueNs = [];
                    object.completedNs = [];
                }
                if (options.defaults) {
                    object.final = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monotonicNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monotonicNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.errors = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.errors = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.firstError = "";
                    object.firstIndex = 0;
                }
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    object.final = message.final;
                if (message.monotonicNs != null && $Object.hasOwnProperty.call(message, "monotonicNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monotonicNs = typeof message.monotonicNs === "number" ? $BigInt(message.monotonicNs) : $util.Long.fromBits(message.monotonicNs.low >>> 0, message.monotonicNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monotonicNs === "number")
                        object.monotonicNs = options.longs === $String ? $String(message.monotonicNs) : message.monotonicNs;
                    else
                        object.monotonicNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monotonicNs) : options.longs === $Number ? new $util.LongBits(message.monotonicNs.low >>> 0, message.monotonicNs.high >>> 0).toNumber(true) : message.monotonicNs;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.errors = typeof message.errors === "number" ? $BigInt(message.errors) : $util.Long.fromBits(message.errors.low >>> 0, message.errors.high >>> 0, true).toBigInt();
                    else if (typeof message.errors === "number")
                        object.errors = options.longs === $String ? $String(message.errors) : message.errors;
                    else
                        object.errors = options.longs === $String ? $util.Long.prototype.toString.call(message.errors) : options.longs === $Number ? new $util.LongBits(message.errors.low >>> 0, message.errors.high >>> 0).toNumber(true) : message.errors;
                if (message.firstError != null && $Object.hasOwnProperty.call(message, "firstError"))
                    object.firstError = message.firstError;
                if (message.firstIndex != null && $Object.hasOwnProperty.call(message, "firstIndex"))
                    object.firstIndex = message.firstIndex;
                if (message.dueNs && message.dueNs.length) {
                    object.dueNs = $Array(message.dueNs.length);
                    for (let j = 0; j < message.dueNs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.dueNs[j] = typeof message.dueNs[j] === "number" ? $BigInt(message.dueNs[j]) : $util.Long.fromBits(message.dueNs[j].low >>> 0, message.dueNs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.dueNs[j] === "number")
                            object.dueNs[j] = options.longs === $String ? $String(message.dueNs[j]) : message.dueNs[j];
                        else
                            object.dueNs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.dueNs[j]) : options.longs === $Number ? new $util.LongBits(message.dueNs[j].low >>> 0, message.dueNs[j].high >>> 0).toNumber(true) : message.dueNs[j];
                }
                if (message.completedNs && message.completedNs.length) {
                    object.completedNs = $Array(message.completedNs.length);
                    for (let j = 0; j < message.completedNs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.completedNs[j] = typeof message.completedNs[j] === "number" ? $BigInt(message.completedNs[j]) : $util.Long.fromBits(message.completedNs[j].low >>> 0, message.completedNs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.completedNs[j] === "number")
                            object.completedNs[j] = options.longs === $String ? $String(message.completedNs[j]) : message.completedNs[j];
                        else
                            object.completedNs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.completedNs[j]) : options.longs === $Number ? new $util.LongBits(message.completedNs[j].low >>> 0, message.completedNs[j].high >>> 0).toNumber(true) : message.completedNs[j];
                }
                return object;
            };

            /**
             * Converts this TrafficReport to JSON.
             * @function toJSON
             * @memberof cosim.relay.TrafficReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrafficReport.prototype.toJSON = function() {
                return TrafficReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TrafficReport;
        })();

        relay.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} cosim.relay.Error.$Properties
             * @property {string|null} [errnoName] Error errnoName
             * @property {string|null} [message] Error message
             * @property {string|null} [op] Error op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof cosim.relay
             * @interface IError
             * @augments cosim.relay.Error.$Properties
             * @deprecated Use cosim.relay.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {cosim.relay.Error.$Properties} cosim.relay.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof cosim.relay
             * @classdesc Represents an Error.
             * @constructor
             * @param {cosim.relay.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error errnoName.
             * @member {string} errnoName
             * @memberof cosim.relay.Error
             * @instance
             */
            Error.prototype.errnoName = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof cosim.relay.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error op.
             * @member {string} op
             * @memberof cosim.relay.Error
             * @instance
             */
            Error.prototype.op = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Error
             * @static
             * @param {cosim.relay.Error.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Error} Error instance
             * @type {{
             *   (properties: cosim.relay.Error.$Shape): cosim.relay.Error & cosim.relay.Error.$Shape;
             *   (properties?: cosim.relay.Error.$Properties): cosim.relay.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link cosim.relay.Error.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Error
             * @static
             * @param {cosim.relay.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errnoName != null && $Object.hasOwnProperty.call(message, "errnoName") && message.errnoName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.errnoName);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.op);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link cosim.relay.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Error
             * @static
             * @param {cosim.relay.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Error & cosim.relay.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errnoName = value;
                            else
                                delete message.errnoName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Error & cosim.relay.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Error();
                if (object.errnoName != null)
                    if (typeof object.errnoName !== "string" || object.errnoName.length)
                        message.errnoName = $String(object.errnoName);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.op != null)
                    if (typeof object.op !== "string" || object.op.length)
                        message.op = $String(object.op);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Error
             * @static
             * @param {cosim.relay.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.errnoName = "";
                    object.message = "";
                    object.op = "";
                }
                if (message.errnoName != null && $Object.hasOwnProperty.call(message, "errnoName"))
                    object.errnoName = message.errnoName;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = message.op;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof cosim.relay.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        relay.Done = (function() {

            /**
             * Properties of a Done.
             * @typedef {Object} cosim.relay.Done.$Properties
             * @property {number|null} [fd] Done fd
             * @property {number|Long|null} [value] Done value
             * @property {string|null} [text] Done text
             * @property {Uint8Array|null} [data] Done data
             * @property {number|Long|null} [bytes] Done bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Done.
             * @memberof cosim.relay
             * @interface IDone
             * @augments cosim.relay.Done.$Properties
             * @deprecated Use cosim.relay.Done.$Properties instead.
             */

            /**
             * Shape of a Done.
             * @typedef {cosim.relay.Done.$Properties} cosim.relay.Done.$Shape
             */

            /**
             * Constructs a new Done.
             * @memberof cosim.relay
             * @classdesc Represents a Done.
             * @constructor
             * @param {cosim.relay.Done.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Done = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Done fd.
             * @member {number} fd
             * @memberof cosim.relay.Done
             * @instance
             */
            Done.prototype.fd = 0;

            /**
             * Done value.
             * @member {number|Long} value
             * @memberof cosim.relay.Done
             * @instance
             */
            Done.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Done text.
             * @member {string} text
             * @memberof cosim.relay.Done
             * @instance
             */
            Done.prototype.text = "";

            /**
             * Done data.
             * @member {Uint8Array} data
             * @memberof cosim.relay.Done
             * @instance
             */
            Done.prototype.data = $util.newBuffer([]);

            /**
             * Done bytes.
             * @member {number|Long} bytes
             * @memberof cosim.relay.Done
             * @instance
             */
            Done.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Done instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Done
             * @static
             * @param {cosim.relay.Done.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Done} Done instance
             * @type {{
             *   (properties: cosim.relay.Done.$Shape): cosim.relay.Done & cosim.relay.Done.$Shape;
             *   (properties?: cosim.relay.Done.$Properties): cosim.relay.Done;
             * }}
             */
            Done.create = function(properties) {
                return new Done(properties);
            };

            /**
             * Encodes the specified Done message. Does not implicitly {@link cosim.relay.Done.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Done
             * @static
             * @param {cosim.relay.Done.$Properties} message Done message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Done.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Done message, length delimited. Does not implicitly {@link cosim.relay.Done.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Done
             * @static
             * @param {cosim.relay.Done.$Properties} message Done message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Done.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Done message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Done
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Done & cosim.relay.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Done.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Done();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Done message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Done
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Done & cosim.relay.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Done.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Done message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Done
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Done} Done
             */
            Done.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Done)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Done: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Done();
                if (object.fd != null)
                    if ($Number(object.fd) !== 0)
                        message.fd = object.fd | 0;
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Done message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Done
             * @static
             * @param {cosim.relay.Done} message Done
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Done.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                    object.fd = message.fd;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                return object;
            };

            /**
             * Converts this Done to JSON.
             * @function toJSON
             * @memberof cosim.relay.Done
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Done.prototype.toJSON = function() {
                return Done.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Done;
        })();

        relay.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} cosim.relay.Hello.$Properties
             * @property {string|null} [kernelRelease] Hello kernelRelease
             * @property {string|null} [agentVersion] Hello agentVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof cosim.relay
             * @interface IHello
             * @augments cosim.relay.Hello.$Properties
             * @deprecated Use cosim.relay.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {cosim.relay.Hello.$Properties} cosim.relay.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof cosim.relay
             * @classdesc Represents a Hello.
             * @constructor
             * @param {cosim.relay.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello kernelRelease.
             * @member {string} kernelRelease
             * @memberof cosim.relay.Hello
             * @instance
             */
            Hello.prototype.kernelRelease = "";

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof cosim.relay.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof cosim.relay.Hello
             * @static
             * @param {cosim.relay.Hello.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.Hello} Hello instance
             * @type {{
             *   (properties: cosim.relay.Hello.$Shape): cosim.relay.Hello & cosim.relay.Hello.$Shape;
             *   (properties?: cosim.relay.Hello.$Properties): cosim.relay.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link cosim.relay.Hello.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.Hello
             * @static
             * @param {cosim.relay.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kernelRelease != null && $Object.hasOwnProperty.call(message, "kernelRelease") && message.kernelRelease !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kernelRelease);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link cosim.relay.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.Hello
             * @static
             * @param {cosim.relay.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.Hello & cosim.relay.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernelRelease = value;
                            else
                                delete message.kernelRelease;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.Hello & cosim.relay.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.Hello();
                if (object.kernelRelease != null)
                    if (typeof object.kernelRelease !== "string" || object.kernelRelease.length)
                        message.kernelRelease = $String(object.kernelRelease);
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.Hello
             * @static
             * @param {cosim.relay.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kernelRelease = "";
                    object.agentVersion = "";
                }
                if (message.kernelRelease != null && $Object.hasOwnProperty.call(message, "kernelRelease"))
                    object.kernelRelease = message.kernelRelease;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof cosim.relay.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        relay.ExecResult = (function() {

            /**
             * Properties of an ExecResult.
             * @typedef {Object} cosim.relay.ExecResult.$Properties
             * @property {number|null} [exitCode] ExecResult exitCode
             * @property {number|null} [signal] ExecResult signal
             * @property {Uint8Array|null} [stdout] ExecResult stdout
             * @property {Uint8Array|null} [stderr] ExecResult stderr
             * @property {boolean|null} [truncated] ExecResult truncated
             * @property {boolean|null} [timedOut] ExecResult timedOut
             * @property {boolean|null} [cancelled] ExecResult cancelled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecResult.
             * @memberof cosim.relay
             * @interface IExecResult
             * @augments cosim.relay.ExecResult.$Properties
             * @deprecated Use cosim.relay.ExecResult.$Properties instead.
             */

            /**
             * Shape of an ExecResult.
             * @typedef {cosim.relay.ExecResult.$Properties} cosim.relay.ExecResult.$Shape
             */

            /**
             * Constructs a new ExecResult.
             * @memberof cosim.relay
             * @classdesc Represents an ExecResult.
             * @constructor
             * @param {cosim.relay.ExecResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecResult exitCode.
             * @member {number} exitCode
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.exitCode = 0;

            /**
             * ExecResult signal.
             * @member {number} signal
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.signal = 0;

            /**
             * ExecResult stdout.
             * @member {Uint8Array} stdout
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.stdout = $util.newBuffer([]);

            /**
             * ExecResult stderr.
             * @member {Uint8Array} stderr
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.stderr = $util.newBuffer([]);

            /**
             * ExecResult truncated.
             * @member {boolean} truncated
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.truncated = false;

            /**
             * ExecResult timedOut.
             * @member {boolean} timedOut
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.timedOut = false;

            /**
             * ExecResult cancelled.
             * @member {boolean} cancelled
             * @memberof cosim.relay.ExecResult
             * @instance
             */
            ExecResult.prototype.cancelled = false;

            /**
             * Creates a new ExecResult instance using the specified properties.
             * @function create
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {cosim.relay.ExecResult.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.ExecResult} ExecResult instance
             * @type {{
             *   (properties: cosim.relay.ExecResult.$Shape): cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape;
             *   (properties?: cosim.relay.ExecResult.$Properties): cosim.relay.ExecResult;
             * }}
             */
            ExecResult.create = function(properties) {
                return new ExecResult(properties);
            };

            /**
             * Encodes the specified ExecResult message. Does not implicitly {@link cosim.relay.ExecResult.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {cosim.relay.ExecResult.$Properties} message ExecResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.exitCode);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.signal);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stderr);
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.truncated);
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut") && message.timedOut !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.timedOut);
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled") && message.cancelled !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.cancelled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExecResult message, length delimited. Does not implicitly {@link cosim.relay.ExecResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {cosim.relay.ExecResult.$Properties} message ExecResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExecResult message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape} ExecResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.ExecResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.timedOut = value;
                            else
                                delete message.timedOut;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancelled = value;
                            else
                                delete message.cancelled;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExecResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape} ExecResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ExecResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.ExecResult} ExecResult
             */
            ExecResult.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.ExecResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.ExecResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.ExecResult();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.signal != null)
                    if ($Number(object.signal) !== 0)
                        message.signal = object.signal | 0;
                if (object.stdout != null)
                    if (object.stdout.length)
                        if (typeof object.stdout === "string")
                            $util.base64.decode(object.stdout, message.stdout = $util.newBuffer($util.base64.length(object.stdout)), 0);
                        else if (object.stdout.length >= 0)
                            message.stdout = object.stdout;
                if (object.stderr != null)
                    if (object.stderr.length)
                        if (typeof object.stderr === "string")
                            $util.base64.decode(object.stderr, message.stderr = $util.newBuffer($util.base64.length(object.stderr)), 0);
                        else if (object.stderr.length >= 0)
                            message.stderr = object.stderr;
                if (object.truncated != null)
                    if (object.truncated)
                        message.truncated = $Boolean(object.truncated);
                if (object.timedOut != null)
                    if (object.timedOut)
                        message.timedOut = $Boolean(object.timedOut);
                if (object.cancelled != null)
                    if (object.cancelled)
                        message.cancelled = $Boolean(object.cancelled);
                return message;
            };

            /**
             * Creates a plain object from an ExecResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.ExecResult
             * @static
             * @param {cosim.relay.ExecResult} message ExecResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.exitCode = 0;
                    object.signal = 0;
                    if (options.bytes === $String)
                        object.stdout = "";
                    else {
                        object.stdout = [];
                        if (options.bytes !== $Array)
                            object.stdout = $util.newBuffer(object.stdout);
                    }
                    if (options.bytes === $String)
                        object.stderr = "";
                    else {
                        object.stderr = [];
                        if (options.bytes !== $Array)
                            object.stderr = $util.newBuffer(object.stderr);
                    }
                    object.truncated = false;
                    object.timedOut = false;
                    object.cancelled = false;
                }
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = options.bytes === $String ? $util.base64.encode(message.stdout, 0, message.stdout.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdout) : message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = options.bytes === $String ? $util.base64.encode(message.stderr, 0, message.stderr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderr) : message.stderr;
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                    object.truncated = message.truncated;
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut"))
                    object.timedOut = message.timedOut;
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled"))
                    object.cancelled = message.cancelled;
                return object;
            };

            /**
             * Converts this ExecResult to JSON.
             * @function toJSON
             * @memberof cosim.relay.ExecResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecResult.prototype.toJSON = function() {
                return ExecResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecResult;
        })();

        relay.TcpInfo = (function() {

            /**
             * Properties of a TcpInfo.
             * @typedef {Object} cosim.relay.TcpInfo.$Properties
             * @property {number|null} [infoLength] TcpInfo infoLength
             * @property {number|Long|null} [monotonicNs] TcpInfo monotonicNs
             * @property {number|null} [state] TcpInfo state
             * @property {number|null} [caState] TcpInfo caState
             * @property {number|null} [retransmits] TcpInfo retransmits
             * @property {number|null} [probes] TcpInfo probes
             * @property {number|null} [backoff] TcpInfo backoff
             * @property {number|null} [options] TcpInfo options
             * @property {number|null} [rto] TcpInfo rto
             * @property {number|null} [ato] TcpInfo ato
             * @property {number|null} [sndMss] TcpInfo sndMss
             * @property {number|null} [rcvMss] TcpInfo rcvMss
             * @property {number|null} [unacked] TcpInfo unacked
             * @property {number|null} [sacked] TcpInfo sacked
             * @property {number|null} [lost] TcpInfo lost
             * @property {number|null} [retrans] TcpInfo retrans
             * @property {number|null} [lastDataSent] TcpInfo lastDataSent
             * @property {number|null} [lastAckRecv] TcpInfo lastAckRecv
             * @property {number|null} [pmtu] TcpInfo pmtu
             * @property {number|null} [rcvSsthresh] TcpInfo rcvSsthresh
             * @property {number|null} [rtt] TcpInfo rtt
             * @property {number|null} [rttvar] TcpInfo rttvar
             * @property {number|null} [sndSsthresh] TcpInfo sndSsthresh
             * @property {number|null} [sndCwnd] TcpInfo sndCwnd
             * @property {number|null} [advmss] TcpInfo advmss
             * @property {number|null} [reordering] TcpInfo reordering
             * @property {number|null} [rcvRtt] TcpInfo rcvRtt
             * @property {number|null} [rcvSpace] TcpInfo rcvSpace
             * @property {number|null} [totalRetrans] TcpInfo totalRetrans
             * @property {number|Long|null} [pacingRate] TcpInfo pacingRate
             * @property {number|Long|null} [bytesAcked] TcpInfo bytesAcked
             * @property {number|Long|null} [bytesReceived] TcpInfo bytesReceived
             * @property {number|null} [segsOut] TcpInfo segsOut
             * @property {number|null} [segsIn] TcpInfo segsIn
             * @property {number|null} [notsentBytes] TcpInfo notsentBytes
             * @property {number|null} [minRtt] TcpInfo minRtt
             * @property {number|null} [dataSegsOut] TcpInfo dataSegsOut
             * @property {number|Long|null} [deliveryRate] TcpInfo deliveryRate
             * @property {number|Long|null} [busyTime] TcpInfo busyTime
             * @property {number|null} [delivered] TcpInfo delivered
             * @property {number|Long|null} [bytesSent] TcpInfo bytesSent
             * @property {number|Long|null} [bytesRetrans] TcpInfo bytesRetrans
             * @property {number|null} [sndWnd] TcpInfo sndWnd
             * @property {number|Long|null} [missedTicks] TcpInfo missedTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TcpInfo.
             * @memberof cosim.relay
             * @interface ITcpInfo
             * @augments cosim.relay.TcpInfo.$Properties
             * @deprecated Use cosim.relay.TcpInfo.$Properties instead.
             */

            /**
             * Shape of a TcpInfo.
             * @typedef {cosim.relay.TcpInfo.$Properties} cosim.relay.TcpInfo.$Shape
             */

            /**
             * Constructs a new TcpInfo.
             * @memberof cosim.relay
             * @classdesc Represents a TcpInfo.
             * @constructor
             * @param {cosim.relay.TcpInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TcpInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TcpInfo infoLength.
             * @member {number} infoLength
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.infoLength = 0;

            /**
             * TcpInfo monotonicNs.
             * @member {number|Long} monotonicNs
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.monotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo state.
             * @member {number} state
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.state = 0;

            /**
             * TcpInfo caState.
             * @member {number} caState
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.caState = 0;

            /**
             * TcpInfo retransmits.
             * @member {number} retransmits
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.retransmits = 0;

            /**
             * TcpInfo probes.
             * @member {number} probes
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.probes = 0;

            /**
             * TcpInfo backoff.
             * @member {number} backoff
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.backoff = 0;

            /**
             * TcpInfo options.
             * @member {number} options
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.options = 0;

            /**
             * TcpInfo rto.
             * @member {number} rto
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rto = 0;

            /**
             * TcpInfo ato.
             * @member {number} ato
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.ato = 0;

            /**
             * TcpInfo sndMss.
             * @member {number} sndMss
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.sndMss = 0;

            /**
             * TcpInfo rcvMss.
             * @member {number} rcvMss
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rcvMss = 0;

            /**
             * TcpInfo unacked.
             * @member {number} unacked
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.unacked = 0;

            /**
             * TcpInfo sacked.
             * @member {number} sacked
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.sacked = 0;

            /**
             * TcpInfo lost.
             * @member {number} lost
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.lost = 0;

            /**
             * TcpInfo retrans.
             * @member {number} retrans
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.retrans = 0;

            /**
             * TcpInfo lastDataSent.
             * @member {number} lastDataSent
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.lastDataSent = 0;

            /**
             * TcpInfo lastAckRecv.
             * @member {number} lastAckRecv
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.lastAckRecv = 0;

            /**
             * TcpInfo pmtu.
             * @member {number} pmtu
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.pmtu = 0;

            /**
             * TcpInfo rcvSsthresh.
             * @member {number} rcvSsthresh
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rcvSsthresh = 0;

            /**
             * TcpInfo rtt.
             * @member {number} rtt
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rtt = 0;

            /**
             * TcpInfo rttvar.
             * @member {number} rttvar
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rttvar = 0;

            /**
             * TcpInfo sndSsthresh.
             * @member {number} sndSsthresh
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.sndSsthresh = 0;

            /**
             * TcpInfo sndCwnd.
             * @member {number} sndCwnd
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.sndCwnd = 0;

            /**
             * TcpInfo advmss.
             * @member {number} advmss
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.advmss = 0;

            /**
             * TcpInfo reordering.
             * @member {number} reordering
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.reordering = 0;

            /**
             * TcpInfo rcvRtt.
             * @member {number} rcvRtt
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rcvRtt = 0;

            /**
             * TcpInfo rcvSpace.
             * @member {number} rcvSpace
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.rcvSpace = 0;

            /**
             * TcpInfo totalRetrans.
             * @member {number} totalRetrans
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.totalRetrans = 0;

            /**
             * TcpInfo pacingRate.
             * @member {number|Long} pacingRate
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.pacingRate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo bytesAcked.
             * @member {number|Long} bytesAcked
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.bytesAcked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo bytesReceived.
             * @member {number|Long} bytesReceived
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.bytesReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo segsOut.
             * @member {number} segsOut
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.segsOut = 0;

            /**
             * TcpInfo segsIn.
             * @member {number} segsIn
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.segsIn = 0;

            /**
             * TcpInfo notsentBytes.
             * @member {number} notsentBytes
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.notsentBytes = 0;

            /**
             * TcpInfo minRtt.
             * @member {number} minRtt
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.minRtt = 0;

            /**
             * TcpInfo dataSegsOut.
             * @member {number} dataSegsOut
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.dataSegsOut = 0;

            /**
             * TcpInfo deliveryRate.
             * @member {number|Long} deliveryRate
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.deliveryRate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo busyTime.
             * @member {number|Long} busyTime
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.busyTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo delivered.
             * @member {number} delivered
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.delivered = 0;

            /**
             * TcpInfo bytesSent.
             * @member {number|Long} bytesSent
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo bytesRetrans.
             * @member {number|Long} bytesRetrans
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.bytesRetrans = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TcpInfo sndWnd.
             * @member {number} sndWnd
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.sndWnd = 0;

            /**
             * TcpInfo missedTicks.
             * @member {number|Long} missedTicks
             * @memberof cosim.relay.TcpInfo
             * @instance
             */
            TcpInfo.prototype.missedTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TcpInfo instance using the specified properties.
             * @function create
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {cosim.relay.TcpInfo.$Properties=} [properties] Properties to set
             * @returns {cosim.relay.TcpInfo} TcpInfo instance
             * @type {{
             *   (properties: cosim.relay.TcpInfo.$Shape): cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape;
             *   (properties?: cosim.relay.TcpInfo.$Properties): cosim.relay.TcpInfo;
             * }}
             */
            TcpInfo.create = function(properties) {
                return new TcpInfo(properties);
            };

            /**
             * Encodes the specified TcpInfo message. Does not implicitly {@link cosim.relay.TcpInfo.verify|verify} messages.
             * @function encode
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {cosim.relay.TcpInfo.$Properties} message TcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TcpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.infoLength != null && $Object.hasOwnProperty.call(message, "infoLength") && message.infoLength !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.infoLength);
                if (message.monotonicNs != null && $Object.hasOwnProperty.call(message, "monotonicNs") && (typeof message.monotonicNs === "object" ? message.monotonicNs.low || message.monotonicNs.high : message.monotonicNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.monotonicNs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.state);
                if (message.caState != null && $Object.hasOwnProperty.call(message, "caState") && message.caState !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.caState);
                if (message.retransmits != null && $Object.hasOwnProperty.call(message, "retransmits") && message.retransmits !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.retransmits);
                if (message.probes != null && $Object.hasOwnProperty.call(message, "probes") && message.probes !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.probes);
                if (message.backoff != null && $Object.hasOwnProperty.call(message, "backoff") && message.backoff !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.backoff);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options") && message.options !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.options);
                if (message.rto != null && $Object.hasOwnProperty.call(message, "rto") && message.rto !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.rto);
                if (message.ato != null && $Object.hasOwnProperty.call(message, "ato") && message.ato !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.ato);
                if (message.sndMss != null && $Object.hasOwnProperty.call(message, "sndMss") && message.sndMss !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.sndMss);
                if (message.rcvMss != null && $Object.hasOwnProperty.call(message, "rcvMss") && message.rcvMss !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.rcvMss);
                if (message.unacked != null && $Object.hasOwnProperty.call(message, "unacked") && message.unacked !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.unacked);
                if (message.sacked != null && $Object.hasOwnProperty.call(message, "sacked") && message.sacked !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.sacked);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && message.lost !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.lost);
                if (message.retrans != null && $Object.hasOwnProperty.call(message, "retrans") && message.retrans !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.retrans);
                if (message.lastDataSent != null && $Object.hasOwnProperty.call(message, "lastDataSent") && message.lastDataSent !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.lastDataSent);
                if (message.lastAckRecv != null && $Object.hasOwnProperty.call(message, "lastAckRecv") && message.lastAckRecv !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.lastAckRecv);
                if (message.pmtu != null && $Object.hasOwnProperty.call(message, "pmtu") && message.pmtu !== 0)
                    writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.pmtu);
                if (message.rcvSsthresh != null && $Object.hasOwnProperty.call(message, "rcvSsthresh") && message.rcvSsthresh !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.rcvSsthresh);
                if (message.rtt != null && $Object.hasOwnProperty.call(message, "rtt") && message.rtt !== 0)
                    writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.rtt);
                if (message.rttvar != null && $Object.hasOwnProperty.call(message, "rttvar") && message.rttvar !== 0)
                    writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.rttvar);
                if (message.sndSsthresh != null && $Object.hasOwnProperty.call(message, "sndSsthresh") && message.sndSsthresh !== 0)
                    writer.uint32(/* id 23, wireType 0 =*/184).uint32(message.sndSsthresh);
                if (message.sndCwnd != null && $Object.hasOwnProperty.call(message, "sndCwnd") && message.sndCwnd !== 0)
                    writer.uint32(/* id 24, wireType 0 =*/192).uint32(message.sndCwnd);
                if (message.advmss != null && $Object.hasOwnProperty.call(message, "advmss") && message.advmss !== 0)
                    writer.uint32(/* id 25, wireType 0 =*/200).uint32(message.advmss);
                if (message.reordering != null && $Object.hasOwnProperty.call(message, "reordering") && message.reordering !== 0)
                    writer.uint32(/* id 26, wireType 0 =*/208).uint32(message.reordering);
                if (message.rcvRtt != null && $Object.hasOwnProperty.call(message, "rcvRtt") && message.rcvRtt !== 0)
                    writer.uint32(/* id 27, wireType 0 =*/216).uint32(message.rcvRtt);
                if (message.rcvSpace != null && $Object.hasOwnProperty.call(message, "rcvSpace") && message.rcvSpace !== 0)
                    writer.uint32(/* id 28, wireType 0 =*/224).uint32(message.rcvSpace);
                if (message.totalRetrans != null && $Object.hasOwnProperty.call(message, "totalRetrans") && message.totalRetrans !== 0)
                    writer.uint32(/* id 29, wireType 0 =*/232).uint32(message.totalRetrans);
                if (message.pacingRate != null && $Object.hasOwnProperty.call(message, "pacingRate") && (typeof message.pacingRate === "object" ? message.pacingRate.low || message.pacingRate.high : message.pacingRate !== 0))
                    writer.uint32(/* id 30, wireType 0 =*/240).uint64(message.pacingRate);
                if (message.bytesAcked != null && $Object.hasOwnProperty.call(message, "bytesAcked") && (typeof message.bytesAcked === "object" ? message.bytesAcked.low || message.bytesAcked.high : message.bytesAcked !== 0))
                    writer.uint32(/* id 31, wireType 0 =*/248).uint64(message.bytesAcked);
                if (message.bytesReceived != null && $Object.hasOwnProperty.call(message, "bytesReceived") && (typeof message.bytesReceived === "object" ? message.bytesReceived.low || message.bytesReceived.high : message.bytesReceived !== 0))
                    writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.bytesReceived);
                if (message.segsOut != null && $Object.hasOwnProperty.call(message, "segsOut") && message.segsOut !== 0)
                    writer.uint32(/* id 33, wireType 0 =*/264).uint32(message.segsOut);
                if (message.segsIn != null && $Object.hasOwnProperty.call(message, "segsIn") && message.segsIn !== 0)
                    writer.uint32(/* id 34, wireType 0 =*/272).uint32(message.segsIn);
                if (message.notsentBytes != null && $Object.hasOwnProperty.call(message, "notsentBytes") && message.notsentBytes !== 0)
                    writer.uint32(/* id 35, wireType 0 =*/280).uint32(message.notsentBytes);
                if (message.minRtt != null && $Object.hasOwnProperty.call(message, "minRtt") && message.minRtt !== 0)
                    writer.uint32(/* id 36, wireType 0 =*/288).uint32(message.minRtt);
                if (message.dataSegsOut != null && $Object.hasOwnProperty.call(message, "dataSegsOut") && message.dataSegsOut !== 0)
                    writer.uint32(/* id 37, wireType 0 =*/296).uint32(message.dataSegsOut);
                if (message.deliveryRate != null && $Object.hasOwnProperty.call(message, "deliveryRate") && (typeof message.deliveryRate === "object" ? message.deliveryRate.low || message.deliveryRate.high : message.deliveryRate !== 0))
                    writer.uint32(/* id 38, wireType 0 =*/304).uint64(message.deliveryRate);
                if (message.busyTime != null && $Object.hasOwnProperty.call(message, "busyTime") && (typeof message.busyTime === "object" ? message.busyTime.low || message.busyTime.high : message.busyTime !== 0))
                    writer.uint32(/* id 39, wireType 0 =*/312).uint64(message.busyTime);
                if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered") && message.delivered !== 0)
                    writer.uint32(/* id 40, wireType 0 =*/320).uint32(message.delivered);
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
                    writer.uint32(/* id 41, wireType 0 =*/328).uint64(message.bytesSent);
                if (message.bytesRetrans != null && $Object.hasOwnProperty.call(message, "bytesRetrans") && (typeof message.bytesRetrans === "object" ? message.bytesRetrans.low || message.bytesRetrans.high : message.bytesRetrans !== 0))
                    writer.uint32(/* id 42, wireType 0 =*/336).uint64(message.bytesRetrans);
                if (message.sndWnd != null && $Object.hasOwnProperty.call(message, "sndWnd") && message.sndWnd !== 0)
                    writer.uint32(/* id 43, wireType 0 =*/344).uint32(message.sndWnd);
                if (message.missedTicks != null && $Object.hasOwnProperty.call(message, "missedTicks") && (typeof message.missedTicks === "object" ? message.missedTicks.low || message.missedTicks.high : message.missedTicks !== 0))
                    writer.uint32(/* id 44, wireType 0 =*/352).uint64(message.missedTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TcpInfo message, length delimited. Does not implicitly {@link cosim.relay.TcpInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {cosim.relay.TcpInfo.$Properties} message TcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TcpInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TcpInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape} TcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TcpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cosim.relay.TcpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.infoLength = value;
                            else
                                delete message.infoLength;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.monotonicNs = value;
                            else
                                delete message.monotonicNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.caState = value;
                            else
                                delete message.caState;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retransmits = value;
                            else
                                delete message.retransmits;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.probes = value;
                            else
                                delete message.probes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.backoff = value;
                            else
                                delete message.backoff;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.options = value;
                            else
                                delete message.options;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rto = value;
                            else
                                delete message.rto;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ato = value;
                            else
                                delete message.ato;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sndMss = value;
                            else
                                delete message.sndMss;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rcvMss = value;
                            else
                                delete message.rcvMss;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unacked = value;
                            else
                                delete message.unacked;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sacked = value;
                            else
                                delete message.sacked;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retrans = value;
                            else
                                delete message.retrans;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastDataSent = value;
                            else
                                delete message.lastDataSent;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastAckRecv = value;
                            else
                                delete message.lastAckRecv;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pmtu = value;
                            else
                                delete message.pmtu;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rcvSsthresh = value;
                            else
                                delete message.rcvSsthresh;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rtt = value;
                            else
                                delete message.rtt;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttvar = value;
                            else
                                delete message.rttvar;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sndSsthresh = value;
                            else
                                delete message.sndSsthresh;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sndCwnd = value;
                            else
                                delete message.sndCwnd;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.advmss = value;
                            else
                                delete message.advmss;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reordering = value;
                            else
                                delete message.reordering;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rcvRtt = value;
                            else
                                delete message.rcvRtt;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rcvSpace = value;
                            else
                                delete message.rcvSpace;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalRetrans = value;
                            else
                                delete message.totalRetrans;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pacingRate = value;
                            else
                                delete message.pacingRate;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesAcked = value;
                            else
                                delete message.bytesAcked;
                            continue;
                        }
                    case 32: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesReceived = value;
                            else
                                delete message.bytesReceived;
                            continue;
                        }
                    case 33: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.segsOut = value;
                            else
                                delete message.segsOut;
                            continue;
                        }
                    case 34: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.segsIn = value;
                            else
                                delete message.segsIn;
                            continue;
                        }
                    case 35: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.notsentBytes = value;
                            else
                                delete message.notsentBytes;
                            continue;
                        }
                    case 36: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minRtt = value;
                            else
                                delete message.minRtt;
                            continue;
                        }
                    case 37: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dataSegsOut = value;
                            else
                                delete message.dataSegsOut;
                            continue;
                        }
                    case 38: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveryRate = value;
                            else
                                delete message.deliveryRate;
                            continue;
                        }
                    case 39: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.busyTime = value;
                            else
                                delete message.busyTime;
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivered = value;
                            else
                                delete message.delivered;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSent = value;
                            else
                                delete message.bytesSent;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesRetrans = value;
                            else
                                delete message.bytesRetrans;
                            continue;
                        }
                    case 43: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sndWnd = value;
                            else
                                delete message.sndWnd;
                            continue;
                        }
                    case 44: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.missedTicks = value;
                            else
                                delete message.missedTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TcpInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape} TcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TcpInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TcpInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cosim.relay.TcpInfo} TcpInfo
             */
            TcpInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.cosim.relay.TcpInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cosim.relay.TcpInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cosim.relay.TcpInfo();
                if (object.infoLength != null)
                    if ($Number(object.infoLength) !== 0)
                        message.infoLength = object.infoLength >>> 0;
                if (object.monotonicNs != null)
                    if (typeof object.monotonicNs === "object" ? object.monotonicNs.low || object.monotonicNs.high : $Number(object.monotonicNs) !== 0)
                        if ($util.Long)
                            message.monotonicNs = $util.Long.fromValue(object.monotonicNs, true);
                        else if (typeof object.monotonicNs === "string")
                            message.monotonicNs = $parseInt(object.monotonicNs, 10);
                        else if (typeof object.monotonicNs === "number")
                            message.monotonicNs = object.monotonicNs;
                        else if (typeof object.monotonicNs === "object")
                            message.monotonicNs = new $util.LongBits(object.monotonicNs.low >>> 0, object.monotonicNs.high >>> 0).toNumber(true);
                if (object.state != null)
                    if ($Number(object.state) !== 0)
                        message.state = object.state >>> 0;
                if (object.caState != null)
                    if ($Number(object.caState) !== 0)
                        message.caState = object.caState >>> 0;
                if (object.retransmits != null)
                    if ($Number(object.retransmits) !== 0)
                        message.retransmits = object.retransmits >>> 0;
                if (object.probes != null)
                    if ($Number(object.probes) !== 0)
                        message.probes = object.probes >>> 0;
                if (object.backoff != null)
                    if ($Number(object.backoff) !== 0)
                        message.backoff = object.backoff >>> 0;
                if (object.options != null)
                    if ($Number(object.options) !== 0)
                        message.options = object.options >>> 0;
                if (object.rto != null)
                    if ($Number(object.rto) !== 0)
                        message.rto = object.rto >>> 0;
                if (object.ato != null)
                    if ($Number(object.ato) !== 0)
                        message.ato = object.ato >>> 0;
                if (object.sndMss != null)
                    if ($Number(object.sndMss) !== 0)
                        message.sndMss = object.sndMss >>> 0;
                if (object.rcvMss != null)
                    if ($Number(object.rcvMss) !== 0)
                        message.rcvMss = object.rcvMss >>> 0;
                if (object.unacked != null)
                    if ($Number(object.unacked) !== 0)
                        message.unacked = object.unacked >>> 0;
                if (object.sacked != null)
                    if ($Number(object.sacked) !== 0)
                        message.sacked = object.sacked >>> 0;
                if (object.lost != null)
                    if ($Number(object.lost) !== 0)
                        message.lost = object.lost >>> 0;
                if (object.retrans != null)
                    if ($Number(object.retrans) !== 0)
                        message.retrans = object.retrans >>> 0;
                if (object.lastDataSent != null)
                    if ($Number(object.lastDataSent) !== 0)
                        message.lastDataSent = object.lastDataSent >>> 0;
                if (object.lastAckRecv != null)
                    if ($Number(object.lastAckRecv) !== 0)
                        message.lastAckRecv = object.lastAckRecv >>> 0;
                if (object.pmtu != null)
                    if ($Number(object.pmtu) !== 0)
                        message.pmtu = object.pmtu >>> 0;
                if (object.rcvSsthresh != null)
                    if ($Number(object.rcvSsthresh) !== 0)
                        message.rcvSsthresh = object.rcvSsthresh >>> 0;
                if (object.rtt != null)
                    if ($Number(object.rtt) !== 0)
                        message.rtt = object.rtt >>> 0;
                if (object.rttvar != null)
                    if ($Number(object.rttvar) !== 0)
                        message.rttvar = object.rttvar >>> 0;
                if (object.sndSsthresh != null)
                    if ($Number(object.sndSsthresh) !== 0)
                        message.sndSsthresh = object.sndSsthresh >>> 0;
                if (object.sndCwnd != null)
                    if ($Number(object.sndCwnd) !== 0)
                        message.sndCwnd = object.sndCwnd >>> 0;
                if (object.advmss != null)
                    if ($Number(object.advmss) !== 0)
                        message.advmss = object.advmss >>> 0;
                if (object.reordering != null)
                    if ($Number(object.reordering) !== 0)
                        message.reordering = object.reordering >>> 0;
                if (object.rcvRtt != null)
                    if ($Number(object.rcvRtt) !== 0)
                        message.rcvRtt = object.rcvRtt >>> 0;
                if (object.rcvSpace != null)
                    if ($Number(object.rcvSpace) !== 0)
                        message.rcvSpace = object.rcvSpace >>> 0;
                if (object.totalRetrans != null)
                    if ($Number(object.totalRetrans) !== 0)
                        message.totalRetrans = object.totalRetrans >>> 0;
                if (object.pacingRate != null)
                    if (typeof object.pacingRate === "object" ? object.pacingRate.low || object.pacingRate.high : $Number(object.pacingRate) !== 0)
                        if ($util.Long)
                            message.pacingRate = $util.Long.fromValue(object.pacingRate, true);
                        else if (typeof object.pacingRate === "string")
                            message.pacingRate = $parseInt(object.pacingRate, 10);
                        else if (typeof object.pacingRate === "number")
                            message.pacingRate = object.pacingRate;
                        else if (typeof object.pacingRate === "object")
                            message.pacingRate = new $util.LongBits(object.pacingRate.low >>> 0, object.pacingRate.high >>> 0).toNumber(true);
                if (object.bytesAcked != null)
                    if (typeof object.bytesAcked === "object" ? object.bytesAcked.low || object.bytesAcked.high : $Number(object.bytesAcked) !== 0)
                        if ($util.Long)
                            message.bytesAcked = $util.Long.fromValue(object.bytesAcked, true);
                        else if (typeof object.bytesAcked === "string")
                            message.bytesAcked = $parseInt(object.bytesAcked, 10);
                        else if (typeof object.bytesAcked === "number")
                            message.bytesAcked = object.bytesAcked;
                        else if (typeof object.bytesAcked === "object")
                            message.bytesAcked = new $util.LongBits(object.bytesAcked.low >>> 0, object.bytesAcked.high >>> 0).toNumber(true);
                if (object.bytesReceived != null)
                    if (typeof object.bytesReceived === "object" ? object.bytesReceived.low || object.bytesReceived.high : $Number(object.bytesReceived) !== 0)
                        if ($util.Long)
                            message.bytesReceived = $util.Long.fromValue(object.bytesReceived, true);
                        else if (typeof object.bytesReceived === "string")
                            message.bytesReceived = $parseInt(object.bytesReceived, 10);
                        else if (typeof object.bytesReceived === "number")
                            message.bytesReceived = object.bytesReceived;
                        else if (typeof object.bytesReceived === "object")
                            message.bytesReceived = new $util.LongBits(object.bytesReceived.low >>> 0, object.bytesReceived.high >>> 0).toNumber(true);
                if (object.segsOut != null)
                    if ($Number(object.segsOut) !== 0)
                        message.segsOut = object.segsOut >>> 0;
                if (object.segsIn != null)
                    if ($Number(object.segsIn) !== 0)
                        message.segsIn = object.segsIn >>> 0;
                if (object.notsentBytes != null)
                    if ($Number(object.notsentBytes) !== 0)
                        message.notsentBytes = object.notsentBytes >>> 0;
                if (object.minRtt != null)
                    if ($Number(object.minRtt) !== 0)
                        message.minRtt = object.minRtt >>> 0;
                if (object.dataSegsOut != null)
                    if ($Number(object.dataSegsOut) !== 0)
                        message.dataSegsOut = object.dataSegsOut >>> 0;
                if (object.deliveryRate != null)
                    if (typeof object.deliveryRate === "object" ? object.deliveryRate.low || object.deliveryRate.high : $Number(object.deliveryRate) !== 0)
                        if ($util.Long)
                            message.deliveryRate = $util.Long.fromValue(object.deliveryRate, true);
                        else if (typeof object.deliveryRate === "string")
                            message.deliveryRate = $parseInt(object.deliveryRate, 10);
                        else if (typeof object.deliveryRate === "number")
                            message.deliveryRate = object.deliveryRate;
                        else if (typeof object.deliveryRate === "object")
                            message.deliveryRate = new $util.LongBits(object.deliveryRate.low >>> 0, object.deliveryRate.high >>> 0).toNumber(true);
                if (object.busyTime != null)
                    if (typeof object.busyTime === "object" ? object.busyTime.low || object.busyTime.high : $Number(object.busyTime) !== 0)
                        if ($util.Long)
                            message.busyTime = $util.Long.fromValue(object.busyTime, true);
                        else if (typeof object.busyTime === "string")
                            message.busyTime = $parseInt(object.busyTime, 10);
                        else if (typeof object.busyTime === "number")
                            message.busyTime = object.busyTime;
                        else if (typeof object.busyTime === "object")
                            message.busyTime = new $util.LongBits(object.busyTime.low >>> 0, object.busyTime.high >>> 0).toNumber(true);
                if (object.delivered != null)
                    if ($Number(object.delivered) !== 0)
                        message.delivered = object.delivered >>> 0;
                if (object.bytesSent != null)
                    if (typeof object.bytesSent === "object" ? object.bytesSent.low || object.bytesSent.high : $Number(object.bytesSent) !== 0)
                        if ($util.Long)
                            message.bytesSent = $util.Long.fromValue(object.bytesSent, true);
                        else if (typeof object.bytesSent === "string")
                            message.bytesSent = $parseInt(object.bytesSent, 10);
                        else if (typeof object.bytesSent === "number")
                            message.bytesSent = object.bytesSent;
                        else if (typeof object.bytesSent === "object")
                            message.bytesSent = new $util.LongBits(object.bytesSent.low >>> 0, object.bytesSent.high >>> 0).toNumber(true);
                if (object.bytesRetrans != null)
                    if (typeof object.bytesRetrans === "object" ? object.bytesRetrans.low || object.bytesRetrans.high : $Number(object.bytesRetrans) !== 0)
                        if ($util.Long)
                            message.bytesRetrans = $util.Long.fromValue(object.bytesRetrans, true);
                        else if (typeof object.bytesRetrans === "string")
                            message.bytesRetrans = $parseInt(object.bytesRetrans, 10);
                        else if (typeof object.bytesRetrans === "number")
                            message.bytesRetrans = object.bytesRetrans;
                        else if (typeof object.bytesRetrans === "object")
                            message.bytesRetrans = new $util.LongBits(object.bytesRetrans.low >>> 0, object.bytesRetrans.high >>> 0).toNumber(true);
                if (object.sndWnd != null)
                    if ($Number(object.sndWnd) !== 0)
                        message.sndWnd = object.sndWnd >>> 0;
                if (object.missedTicks != null)
                    if (typeof object.missedTicks === "object" ? object.missedTicks.low || object.missedTicks.high : $Number(object.missedTicks) !== 0)
                        if ($util.Long)
                            message.missedTicks = $util.Long.fromValue(object.missedTicks, true);
                        else if (typeof object.missedTicks === "string")
                            message.missedTicks = $parseInt(object.missedTicks, 10);
                        else if (typeof object.missedTicks === "number")
                            message.missedTicks = object.missedTicks;
                        else if (typeof object.missedTicks === "object")
                            message.missedTicks = new $util.LongBits(object.missedTicks.low >>> 0, object.missedTicks.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TcpInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cosim.relay.TcpInfo
             * @static
             * @param {cosim.relay.TcpInfo} message TcpInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TcpInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.infoLength = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monotonicNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monotonicNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = 0;
                    object.caState = 0;
                    object.retransmits = 0;
                    object.probes = 0;
                    object.backoff = 0;
                    object.options = 0;
                    object.rto = 0;
                    object.ato = 0;
                    object.sndMss = 0;
                    object.rcvMss = 0;
                    object.unacked = 0;
                    object.sacked = 0;
                    object.lost = 0;
                    object.retrans = 0;
                    object.lastDataSent = 0;
                    object.lastAckRecv = 0;
                    object.pmtu = 0;
                    object.rcvSsthresh = 0;
                    object.rtt = 0;
                    object.rttvar = 0;
                    object.sndSsthresh = 0;
                    object.sndCwnd = 0;
                    object.advmss = 0;
                    object.reordering = 0;
                    object.rcvRtt = 0;
                    object.rcvSpace = 0;
                    object.totalRetrans = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.pacingRate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.pacingRate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesAcked = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesAcked = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesReceived = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesReceived = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.segsOut = 0;
                    object.segsIn = 0;
                    object.notsentBytes = 0;
                    object.minRtt = 0;
                    object.dataSegsOut = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.deliveryRate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deliveryRate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.busyTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.busyTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delivered = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesRetrans = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesRetrans = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sndWnd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.missedTicks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.missedTicks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.infoLength != null && $Object.hasOwnProperty.call(message, "infoLength"))
                    object.infoLength = message.infoLength;
                if (message.monotonicNs != null && $Object.hasOwnProperty.call(message, "monotonicNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monotonicNs = typeof message.monotonicNs === "number" ? $BigInt(message.monotonicNs) : $util.Long.fromBits(message.monotonicNs.low >>> 0, message.monotonicNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monotonicNs === "number")
                        object.monotonicNs = options.longs === $String ? $String(message.monotonicNs) : message.monotonicNs;
                    else
                        object.monotonicNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monotonicNs) : options.longs === $Number ? new $util.LongBits(message.monotonicNs.low >>> 0, message.monotonicNs.high >>> 0).toNumber(true) : message.monotonicNs;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.caState != null && $Object.hasOwnProperty.call(message, "caState"))
                    object.caState = message.caState;
                if (message.retransmits != null && $Object.hasOwnProperty.call(message, "retransmits"))
                    object.retransmits = message.retransmits;
                if (message.probes != null && $Object.hasOwnProperty.call(message, "probes"))
                    object.probes = message.probes;
                if (message.backoff != null && $Object.hasOwnProperty.call(message, "backoff"))
                    object.backoff = message.backoff;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = message.options;
                if (message.rto != null && $Object.hasOwnProperty.call(message, "rto"))
                    object.rto = message.rto;
                if (message.ato != null && $Object.hasOwnProperty.call(message, "ato"))
                    object.ato = message.ato;
                if (message.sndMss != null && $Object.hasOwnProperty.call(message, "sndMss"))
                    object.sndMss = message.sndMss;
                if (message.rcvMss != null && $Object.hasOwnProperty.call(message, "rcvMss"))
                    object.rcvMss = message.rcvMss;
                if (message.unacked != null && $Object.hasOwnProperty.call(message, "unacked"))
                    object.unacked = message.unacked;
                if (message.sacked != null && $Object.hasOwnProperty.call(message, "sacked"))
                    object.sacked = message.sacked;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    object.lost = message.lost;
                if (message.retrans != null && $Object.hasOwnProperty.call(message, "retrans"))
                    object.retrans = message.retrans;
                if (message.lastDataSent != null && $Object.hasOwnProperty.call(message, "lastDataSent"))
                    object.lastDataSent = message.lastDataSent;
                if (message.lastAckRecv != null && $Object.hasOwnProperty.call(message, "lastAckRecv"))
                    object.lastAckRecv = message.lastAckRecv;
                if (message.pmtu != null && $Object.hasOwnProperty.call(message, "pmtu"))
                    object.pmtu = message.pmtu;
                if (message.rcvSsthresh != null && $Object.hasOwnProperty.call(message, "rcvSsthresh"))
                    object.rcvSsthresh = message.rcvSsthresh;
                if (message.rtt != null && $Object.hasOwnProperty.call(message, "rtt"))
                    object.rtt = message.rtt;
                if (message.rttvar != null && $Object.hasOwnProperty.call(message, "rttvar"))
                    object.rttvar = message.rttvar;
                if (message.sndSsthresh != null && $Object.hasOwnProperty.call(message, "sndSsthresh"))
                    object.sndSsthresh = message.sndSsthresh;
                if (message.sndCwnd != null && $Object.hasOwnProperty.call(message, "sndCwnd"))
                    object.sndCwnd = message.sndCwnd;
                if (message.advmss != null && $Object.hasOwnProperty.call(message, "advmss"))
                    object.advmss = message.advmss;
                if (message.reordering != null && $Object.hasOwnProperty.call(message, "reordering"))
                    object.reordering = message.reordering;
                if (message.rcvRtt != null && $Object.hasOwnProperty.call(message, "rcvRtt"))
                    object.rcvRtt = message.rcvRtt;
                if (message.rcvSpace != null && $Object.hasOwnProperty.call(message, "rcvSpace"))
                    object.rcvSpace = message.rcvSpace;
                if (message.totalRetrans != null && $Object.hasOwnProperty.call(message, "totalRetrans"))
                    object.totalRetrans = message.totalRetrans;
                if (message.pacingRate != null && $Object.hasOwnProperty.call(message, "pacingRate"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.pacingRate = typeof message.pacingRate === "number" ? $BigInt(message.pacingRate) : $util.Long.fromBits(message.pacingRate.low >>> 0, message.pacingRate.high >>> 0, true).toBigInt();
                    else if (typeof message.pacingRate === "number")
                        object.pacingRate = options.longs === $String ? $String(message.pacingRate) : message.pacingRate;
                    else
                        object.pacingRate = options.longs === $String ? $util.Long.prototype.toString.call(message.pacingRate) : options.longs === $Number ? new $util.LongBits(message.pacingRate.low >>> 0, message.pacingRate.high >>> 0).toNumber(true) : message.pacingRate;
                if (message.bytesAcked != null && $Object.hasOwnProperty.call(message, "bytesAcked"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesAcked = typeof message.bytesAcked === "number" ? $BigInt(message.bytesAcked) : $util.Long.fromBits(message.bytesAcked.low >>> 0, message.bytesAcked.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesAcked === "number")
                        object.bytesAcked = options.longs === $String ? $String(message.bytesAcked) : message.bytesAcked;
                    else
                        object.bytesAcked = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesAcked) : options.longs === $Number ? new $util.LongBits(message.bytesAcked.low >>> 0, message.bytesAcked.high >>> 0).toNumber(true) : message.bytesAcked;
                if (message.bytesReceived != null && $Object.hasOwnProperty.call(message, "bytesReceived"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesReceived = typeof message.bytesReceived === "number" ? $BigInt(message.bytesReceived) : $util.Long.fromBits(message.bytesReceived.low >>> 0, message.bytesReceived.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesReceived === "number")
                        object.bytesReceived = options.longs === $String ? $String(message.bytesReceived) : message.bytesReceived;
                    else
                        object.bytesReceived = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesReceived) : options.longs === $Number ? new $util.LongBits(message.bytesReceived.low >>> 0, message.bytesReceived.high >>> 0).toNumber(true) : message.bytesReceived;
                if (message.segsOut != null && $Object.hasOwnProperty.call(message, "segsOut"))
                    object.segsOut = message.segsOut;
                if (message.segsIn != null && $Object.hasOwnProperty.call(message, "segsIn"))
                    object.segsIn = message.segsIn;
                if (message.notsentBytes != null && $Object.hasOwnProperty.call(message, "notsentBytes"))
                    object.notsentBytes = message.notsentBytes;
                if (message.minRtt != null && $Object.hasOwnProperty.call(message, "minRtt"))
                    object.minRtt = message.minRtt;
                if (message.dataSegsOut != null && $Object.hasOwnProperty.call(message, "dataSegsOut"))
                    object.dataSegsOut = message.dataSegsOut;
                if (message.deliveryRate != null && $Object.hasOwnProperty.call(message, "deliveryRate"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deliveryRate = typeof message.deliveryRate === "number" ? $BigInt(message.deliveryRate) : $util.Long.fromBits(message.deliveryRate.low >>> 0, message.deliveryRate.high >>> 0, true).toBigInt();
                    else if (typeof message.deliveryRate === "number")
                        object.deliveryRate = options.longs === $String ? $String(message.deliveryRate) : message.deliveryRate;
                    else
                        object.deliveryRate = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveryRate) : options.longs === $Number ? new $util.LongBits(message.deliveryRate.low >>> 0, message.deliveryRate.high >>> 0).toNumber(true) : message.deliveryRate;
                if (message.busyTime != null && $Object.hasOwnProperty.call(message, "busyTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.busyTime = typeof message.busyTime === "number" ? $BigInt(message.busyTime) : $util.Long.fromBits(message.busyTime.low >>> 0, message.busyTime.high >>> 0, true).toBigInt();
                    else if (typeof message.busyTime === "number")
                        object.busyTime = options.longs === $String ? $String(message.busyTime) : message.busyTime;
                    else
                        object.busyTime = options.longs === $String ? $util.Long.prototype.toString.call(message.busyTime) : options.longs === $Number ? new $util.LongBits(message.busyTime.low >>> 0, message.busyTime.high >>> 0).toNumber(true) : message.busyTime;
                if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered"))
                    object.delivered = message.delivered;
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSent === "number")
                        object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
                    else
                        object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
                if (message.bytesRetrans != null && $Object.hasOwnProperty.call(message, "bytesRetrans"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesRetrans = typeof message.bytesRetrans === "number" ? $BigInt(message.bytesRetrans) : $util.Long.fromBits(message.bytesRetrans.low >>> 0, message.bytesRetrans.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesRetrans === "number")
                        object.bytesRetrans = options.longs === $String ? $String(message.bytesRetrans) : message.bytesRetrans;
                    else
                        object.bytesRetrans = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesRetrans) : options.longs === $Number ? new $util.LongBits(message.bytesRetrans.low >>> 0, message.bytesRetrans.high >>> 0).toNumber(true) : message.bytesRetrans;
                if (message.sndWnd != null && $Object.hasOwnProperty.call(message, "sndWnd"))
                    object.sndWnd = message.sndWnd;
                if (message.missedTicks != null && $Object.hasOwnProperty.call(message, "missedTicks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.missedTicks = typeof message.missedTicks === "number" ? $BigInt(message.missedTicks) : $util.Long.fromBits(message.missedTicks.low >>> 0, message.missedTicks.high >>> 0, true).toBigInt();
                    else if (typeof message.missedTicks === "number")
                        object.missedTicks = options.longs === $String ? $String(message.missedTicks) : message.missedTicks;
                    else
                        object.missedTicks = options.longs === $String ? $util.Long.prototype.toString.call(message.missedTicks) : options.longs === $Number ? new $util.LongBits(message.missedTicks.low >>> 0, message.missedTicks.high >>> 0).toNumber(true) : message.missedTicks;
                return object;
            };

            /**
             * Converts this TcpInfo to JSON.
             * @function toJSON
             * @memberof cosim.relay.TcpInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TcpInfo.prototype.toJSON = function() {
                return TcpInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TcpInfo;
        })();

        return relay;
    })();

    return cosim;
})();

export {
  $root as default
};
