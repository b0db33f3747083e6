import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace cosim. */
export namespace cosim {

    /** Namespace relay. */
    namespace relay {

        /**
         * Properties of a Request.
         * @deprecated Use cosim.relay.Request.$Properties instead.
         */
        interface IRequest extends cosim.relay.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: number;

            /** Request socket. */
            socket?: (cosim.relay.Socket.$Properties|null);

            /** Request bind. */
            bind?: (cosim.relay.Bind.$Properties|null);

            /** Request listen. */
            listen?: (cosim.relay.Listen.$Properties|null);

            /** Request accept. */
            accept?: (cosim.relay.Accept.$Properties|null);

            /** Request connect. */
            connect?: (cosim.relay.Connect.$Properties|null);

            /** Request setsockopt. */
            setsockopt?: (cosim.relay.SetSockOpt.$Properties|null);

            /** Request getsockopt. */
            getsockopt?: (cosim.relay.GetSockOpt.$Properties|null);

            /** Request tcpInfo. */
            tcpInfo?: (cosim.relay.GetTcpInfo.$Properties|null);

            /** Request write. */
            write?: (cosim.relay.Write.$Properties|null);

            /** Request writeGenerated. */
            writeGenerated?: (cosim.relay.WriteGenerated.$Properties|null);

            /** Request read. */
            read?: (cosim.relay.Read.$Properties|null);

            /** Request readDiscard. */
            readDiscard?: (cosim.relay.ReadDiscard.$Properties|null);

            /** Request close. */
            close?: (cosim.relay.Close.$Properties|null);

            /** Request shutdown. */
            shutdown?: (cosim.relay.Shutdown.$Properties|null);

            /** Request sysctlGet. */
            sysctlGet?: (cosim.relay.SysctlGet.$Properties|null);

            /** Request sysctlSet. */
            sysctlSet?: (cosim.relay.SysctlSet.$Properties|null);

            /** Request exec. */
            exec?: (cosim.relay.Exec.$Properties|null);

            /** Request sampleTcpInfo. */
            sampleTcpInfo?: (cosim.relay.SampleTcpInfo.$Properties|null);

            /** Request udpSend. */
            udpSend?: (cosim.relay.UdpSend.$Properties|null);

            /** Request udpReceive. */
            udpReceive?: (cosim.relay.UdpReceive.$Properties|null);

            /** Request rrServe. */
            rrServe?: (cosim.relay.RrServe.$Properties|null);

            /** Request rrClient. */
            rrClient?: (cosim.relay.RrClient.$Properties|null);

            /** Request netnsCreate. */
            netnsCreate?: (cosim.relay.NetnsCreate.$Properties|null);

            /** Request vlanCreate. */
            vlanCreate?: (cosim.relay.VlanCreate.$Properties|null);

            /** Request addEntropy. */
            addEntropy?: (cosim.relay.AddEntropy.$Properties|null);

            /** Request execCancel. */
            execCancel?: (cosim.relay.ExecCancel.$Properties|null);

            /** Request op. */
            op?: ("socket"|"bind"|"listen"|"accept"|"connect"|"setsockopt"|"getsockopt"|"tcpInfo"|"write"|"writeGenerated"|"read"|"readDiscard"|"close"|"shutdown"|"sysctlGet"|"sysctlSet"|"exec"|"sampleTcpInfo"|"udpSend"|"udpReceive"|"rrServe"|"rrClient"|"netnsCreate"|"vlanCreate"|"addEntropy"|"execCancel");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: cosim.relay.Request.$Shape): cosim.relay.Request & cosim.relay.Request.$Shape;
            static create(properties?: cosim.relay.Request.$Properties): cosim.relay.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link cosim.relay.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link cosim.relay.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Request & cosim.relay.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Request & cosim.relay.Request.$Shape;

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Request & cosim.relay.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Request & cosim.relay.Request.$Shape;

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|null);

                /** Request socket */
                socket?: (cosim.relay.Socket.$Properties|null);

                /** Request bind */
                bind?: (cosim.relay.Bind.$Properties|null);

                /** Request listen */
                listen?: (cosim.relay.Listen.$Properties|null);

                /** Request accept */
                accept?: (cosim.relay.Accept.$Properties|null);

                /** Request connect */
                connect?: (cosim.relay.Connect.$Properties|null);

                /** Request setsockopt */
                setsockopt?: (cosim.relay.SetSockOpt.$Properties|null);

                /** Request getsockopt */
                getsockopt?: (cosim.relay.GetSockOpt.$Properties|null);

                /** Request tcpInfo */
                tcpInfo?: (cosim.relay.GetTcpInfo.$Properties|null);

                /** Request write */
                write?: (cosim.relay.Write.$Properties|null);

                /** Request writeGenerated */
                writeGenerated?: (cosim.relay.WriteGenerated.$Properties|null);

                /** Request read */
                read?: (cosim.relay.Read.$Properties|null);

                /** Request readDiscard */
                readDiscard?: (cosim.relay.ReadDiscard.$Properties|null);

                /** Request close */
                close?: (cosim.relay.Close.$Properties|null);

                /** Request shutdown */
                shutdown?: (cosim.relay.Shutdown.$Properties|null);

                /** Request sysctlGet */
                sysctlGet?: (cosim.relay.SysctlGet.$Properties|null);

                /** Request sysctlSet */
                sysctlSet?: (cosim.relay.SysctlSet.$Properties|null);

                /** Request exec */
                exec?: (cosim.relay.Exec.$Properties|null);

                /** Request sampleTcpInfo */
                sampleTcpInfo?: (cosim.relay.SampleTcpInfo.$Properties|null);

                /** Request udpSend */
                udpSend?: (cosim.relay.UdpSend.$Properties|null);

                /** Request udpReceive */
                udpReceive?: (cosim.relay.UdpReceive.$Properties|null);

                /** Request rrServe */
                rrServe?: (cosim.relay.RrServe.$Properties|null);

                /** Request rrClient */
                rrClient?: (cosim.relay.RrClient.$Properties|null);

                /** Request netnsCreate */
                netnsCreate?: (cosim.relay.NetnsCreate.$Properties|null);

                /** Request vlanCreate */
                vlanCreate?: (cosim.relay.VlanCreate.$Properties|null);

                /** Request addEntropy */
                addEntropy?: (cosim.relay.AddEntropy.$Properties|null);

                /** Request execCancel */
                execCancel?: (cosim.relay.ExecCancel.$Properties|null);

                /** Request op */
                op?: ("socket"|"bind"|"listen"|"accept"|"connect"|"setsockopt"|"getsockopt"|"tcpInfo"|"write"|"writeGenerated"|"read"|"readDiscard"|"close"|"shutdown"|"sysctlGet"|"sysctlSet"|"exec"|"sampleTcpInfo"|"udpSend"|"udpReceive"|"rrServe"|"rrClient"|"netnsCreate"|"vlanCreate"|"addEntropy"|"execCancel");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              id?: number|null;
              socket?: cosim.relay.Socket.$Shape|null;
              bind?: cosim.relay.Bind.$Shape|null;
              listen?: cosim.relay.Listen.$Shape|null;
              accept?: cosim.relay.Accept.$Shape|null;
              connect?: cosim.relay.Connect.$Shape|null;
              setsockopt?: cosim.relay.SetSockOpt.$Shape|null;
              getsockopt?: cosim.relay.GetSockOpt.$Shape|null;
              tcpInfo?: cosim.relay.GetTcpInfo.$Shape|null;
              write?: cosim.relay.Write.$Shape|null;
              writeGenerated?: cosim.relay.WriteGenerated.$Shape|null;
              read?: cosim.relay.Read.$Shape|null;
              readDiscard?: cosim.relay.ReadDiscard.$Shape|null;
              close?: cosim.relay.Close.$Shape|null;
              shutdown?: cosim.relay.Shutdown.$Shape|null;
              sysctlGet?: cosim.relay.SysctlGet.$Shape|null;
              sysctlSet?: cosim.relay.SysctlSet.$Shape|null;
              exec?: cosim.relay.Exec.$Shape|null;
              sampleTcpInfo?: cosim.relay.SampleTcpInfo.$Shape|null;
              udpSend?: cosim.relay.UdpSend.$Shape|null;
              udpReceive?: cosim.relay.UdpReceive.$Shape|null;
              rrServe?: cosim.relay.RrServe.$Shape|null;
              rrClient?: cosim.relay.RrClient.$Shape|null;
              netnsCreate?: cosim.relay.NetnsCreate.$Shape|null;
              vlanCreate?: cosim.relay.VlanCreate.$Shape|null;
              addEntropy?: cosim.relay.AddEntropy.$Shape|null;
              execCancel?: cosim.relay.ExecCancel.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "socket"; socket: cosim.relay.Socket.$Shape; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "bind"; socket?: null; bind: cosim.relay.Bind.$Shape; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "listen"; socket?: null; bind?: null; listen: cosim.relay.Listen.$Shape; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "accept"; socket?: null; bind?: null; listen?: null; accept: cosim.relay.Accept.$Shape; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "connect"; socket?: null; bind?: null; listen?: null; accept?: null; connect: cosim.relay.Connect.$Shape; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "setsockopt"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt: cosim.relay.SetSockOpt.$Shape; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "getsockopt"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt: cosim.relay.GetSockOpt.$Shape; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "tcpInfo"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo: cosim.relay.GetTcpInfo.$Shape; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "write"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write: cosim.relay.Write.$Shape; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "writeGenerated"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated: cosim.relay.WriteGenerated.$Shape; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "read"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read: cosim.relay.Read.$Shape; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "readDiscard"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard: cosim.relay.ReadDiscard.$Shape; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "close"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close: cosim.relay.Close.$Shape; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "shutdown"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown: cosim.relay.Shutdown.$Shape; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sysctlGet"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet: cosim.relay.SysctlGet.$Shape; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sysctlSet"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet: cosim.relay.SysctlSet.$Shape; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "exec"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec: cosim.relay.Exec.$Shape; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "sampleTcpInfo"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo: cosim.relay.SampleTcpInfo.$Shape; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "udpSend"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend: cosim.relay.UdpSend.$Shape; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "udpReceive"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive: cosim.relay.UdpReceive.$Shape; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "rrServe"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe: cosim.relay.RrServe.$Shape; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "rrClient"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient: cosim.relay.RrClient.$Shape; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "netnsCreate"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate: cosim.relay.NetnsCreate.$Shape; vlanCreate?: null; addEntropy?: null; execCancel?: null }|{ op?: "vlanCreate"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate: cosim.relay.VlanCreate.$Shape; addEntropy?: null; execCancel?: null }|{ op?: "addEntropy"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy: cosim.relay.AddEntropy.$Shape; execCancel?: null }|{ op?: "execCancel"; socket?: null; bind?: null; listen?: null; accept?: null; connect?: null; setsockopt?: null; getsockopt?: null; tcpInfo?: null; write?: null; writeGenerated?: null; read?: null; readDiscard?: null; close?: null; shutdown?: null; sysctlGet?: null; sysctlSet?: null; exec?: null; sampleTcpInfo?: null; udpSend?: null; udpReceive?: null; rrServe?: null; rrClient?: null; netnsCreate?: null; vlanCreate?: null; addEntropy?: null; execCancel: cosim.relay.ExecCancel.$Shape })
            );
        }

        /** Family enum. */
        enum Family {

            /** INET value */
            INET = 0,

            /** INET6 value */
            INET6 = 1
        }

        /** SocketType enum. */
        enum SocketType {

            /** TCP value */
            TCP = 0,

            /** UDP value */
            UDP = 1
        }

        /**
         * Properties of a Socket.
         * @deprecated Use cosim.relay.Socket.$Properties instead.
         */
        interface ISocket extends cosim.relay.Socket.$Properties {
        }

        /** Represents a Socket. */
        class Socket {

            /**
             * Constructs a new Socket.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Socket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Socket family. */
            family: cosim.relay.Family;

            /** Socket type. */
            type: cosim.relay.SocketType;

            /** Socket netns. */
            netns: string;

            /**
             * Creates a new Socket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Socket instance
             */
            static create(properties: cosim.relay.Socket.$Shape): cosim.relay.Socket & cosim.relay.Socket.$Shape;
            static create(properties?: cosim.relay.Socket.$Properties): cosim.relay.Socket;

            /**
             * Encodes the specified Socket message. Does not implicitly {@link cosim.relay.Socket.verify|verify} messages.
             * @param message Socket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Socket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Socket message, length delimited. Does not implicitly {@link cosim.relay.Socket.verify|verify} messages.
             * @param message Socket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Socket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Socket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Socket & cosim.relay.Socket.$Shape} Socket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Socket & cosim.relay.Socket.$Shape;

            /**
             * Decodes a Socket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Socket & cosim.relay.Socket.$Shape} Socket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Socket & cosim.relay.Socket.$Shape;

            /**
             * Creates a Socket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Socket
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Socket;

            /**
             * Creates a plain object from a Socket message. Also converts values to other types if specified.
             * @param message Socket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Socket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Socket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Socket {

            /** Properties of a Socket. */
            interface $Properties {

                /** Socket family */
                family?: (cosim.relay.Family|null);

                /** Socket type */
                type?: (cosim.relay.SocketType|null);

                /** Socket netns */
                netns?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Socket. */
            type $Shape = cosim.relay.Socket.$Properties;
        }

        /**
         * Properties of a Bind.
         * @deprecated Use cosim.relay.Bind.$Properties instead.
         */
        interface IBind extends cosim.relay.Bind.$Properties {
        }

        /** Represents a Bind. */
        class Bind {

            /**
             * Constructs a new Bind.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Bind.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bind fd. */
            fd: number;

            /** Bind addr. */
            addr: string;

            /** Bind port. */
            port: number;

            /**
             * Creates a new Bind instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bind instance
             */
            static create(properties: cosim.relay.Bind.$Shape): cosim.relay.Bind & cosim.relay.Bind.$Shape;
            static create(properties?: cosim.relay.Bind.$Properties): cosim.relay.Bind;

            /**
             * Encodes the specified Bind message. Does not implicitly {@link cosim.relay.Bind.verify|verify} messages.
             * @param message Bind message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Bind.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Bind message, length delimited. Does not implicitly {@link cosim.relay.Bind.verify|verify} messages.
             * @param message Bind message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Bind.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bind message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Bind & cosim.relay.Bind.$Shape} Bind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Bind & cosim.relay.Bind.$Shape;

            /**
             * Decodes a Bind message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Bind & cosim.relay.Bind.$Shape} Bind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Bind & cosim.relay.Bind.$Shape;

            /**
             * Creates a Bind message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Bind
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Bind;

            /**
             * Creates a plain object from a Bind message. Also converts values to other types if specified.
             * @param message Bind
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Bind, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Bind to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Bind {

            /** Properties of a Bind. */
            interface $Properties {

                /** Bind fd */
                fd?: (number|null);

                /** Bind addr */
                addr?: (string|null);

                /** Bind port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bind. */
            type $Shape = cosim.relay.Bind.$Properties;
        }

        /**
         * Properties of a Listen.
         * @deprecated Use cosim.relay.Listen.$Properties instead.
         */
        interface IListen extends cosim.relay.Listen.$Properties {
        }

        /** Represents a Listen. */
        class Listen {

            /**
             * Constructs a new Listen.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Listen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Listen fd. */
            fd: number;

            /** Listen backlog. */
            backlog: number;

            /**
             * Creates a new Listen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Listen instance
             */
            static create(properties: cosim.relay.Listen.$Shape): cosim.relay.Listen & cosim.relay.Listen.$Shape;
            static create(properties?: cosim.relay.Listen.$Properties): cosim.relay.Listen;

            /**
             * Encodes the specified Listen message. Does not implicitly {@link cosim.relay.Listen.verify|verify} messages.
             * @param message Listen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Listen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Listen message, length delimited. Does not implicitly {@link cosim.relay.Listen.verify|verify} messages.
             * @param message Listen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Listen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Listen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Listen & cosim.relay.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Listen & cosim.relay.Listen.$Shape;

            /**
             * Decodes a Listen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Listen & cosim.relay.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Listen & cosim.relay.Listen.$Shape;

            /**
             * Creates a Listen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Listen
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Listen;

            /**
             * Creates a plain object from a Listen message. Also converts values to other types if specified.
             * @param message Listen
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Listen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Listen to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Listen {

            /** Properties of a Listen. */
            interface $Properties {

                /** Listen fd */
                fd?: (number|null);

                /** Listen backlog */
                backlog?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Listen. */
            type $Shape = cosim.relay.Listen.$Properties;
        }

        /**
         * Properties of an Accept.
         * @deprecated Use cosim.relay.Accept.$Properties instead.
         */
        interface IAccept extends cosim.relay.Accept.$Properties {
        }

        /** Represents an Accept. */
        class Accept {

            /**
             * Constructs a new Accept.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Accept.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Accept fd. */
            fd: number;

            /**
             * Creates a new Accept instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Accept instance
             */
            static create(properties: cosim.relay.Accept.$Shape): cosim.relay.Accept & cosim.relay.Accept.$Shape;
            static create(properties?: cosim.relay.Accept.$Properties): cosim.relay.Accept;

            /**
             * Encodes the specified Accept message. Does not implicitly {@link cosim.relay.Accept.verify|verify} messages.
             * @param message Accept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Accept message, length delimited. Does not implicitly {@link cosim.relay.Accept.verify|verify} messages.
             * @param message Accept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Accept message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Accept & cosim.relay.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Accept & cosim.relay.Accept.$Shape;

            /**
             * Decodes an Accept message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Accept & cosim.relay.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Accept & cosim.relay.Accept.$Shape;

            /**
             * Creates an Accept message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Accept
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Accept;

            /**
             * Creates a plain object from an Accept message. Also converts values to other types if specified.
             * @param message Accept
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Accept, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Accept to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Accept {

            /** Properties of an Accept. */
            interface $Properties {

                /** Accept fd */
                fd?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Accept. */
            type $Shape = cosim.relay.Accept.$Properties;
        }

        /**
         * Properties of a Connect.
         * @deprecated Use cosim.relay.Connect.$Properties instead.
         */
        interface IConnect extends cosim.relay.Connect.$Properties {
        }

        /** Represents a Connect. */
        class Connect {

            /**
             * Constructs a new Connect.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Connect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connect fd. */
            fd: number;

            /** Connect addr. */
            addr: string;

            /** Connect port. */
            port: number;

            /**
             * Creates a new Connect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Connect instance
             */
            static create(properties: cosim.relay.Connect.$Shape): cosim.relay.Connect & cosim.relay.Connect.$Shape;
            static create(properties?: cosim.relay.Connect.$Properties): cosim.relay.Connect;

            /**
             * Encodes the specified Connect message. Does not implicitly {@link cosim.relay.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Connect message, length delimited. Does not implicitly {@link cosim.relay.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Connect & cosim.relay.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Connect & cosim.relay.Connect.$Shape;

            /**
             * Decodes a Connect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Connect & cosim.relay.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Connect & cosim.relay.Connect.$Shape;

            /**
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Connect
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Connect;

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @param message Connect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Connect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Connect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Connect {

            /** Properties of a Connect. */
            interface $Properties {

                /** Connect fd */
                fd?: (number|null);

                /** Connect addr */
                addr?: (string|null);

                /** Connect port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connect. */
            type $Shape = cosim.relay.Connect.$Properties;
        }

        /**
         * Properties of a SetSockOpt.
         * @deprecated Use cosim.relay.SetSockOpt.$Properties instead.
         */
        interface ISetSockOpt extends cosim.relay.SetSockOpt.$Properties {
        }

        /** Represents a SetSockOpt. */
        class SetSockOpt {

            /**
             * Constructs a new SetSockOpt.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.SetSockOpt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetSockOpt fd. */
            fd: number;

            /** SetSockOpt level. */
            level: number;

            /** SetSockOpt name. */
            name: number;

            /** SetSockOpt intValue. */
            intValue?: (number|null);

            /** SetSockOpt stringValue. */
            stringValue?: (string|null);

            /** SetSockOpt value. */
            value?: ("intValue"|"stringValue");

            /**
             * Creates a new SetSockOpt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetSockOpt instance
             */
            static create(properties: cosim.relay.SetSockOpt.$Shape): cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape;
            static create(properties?: cosim.relay.SetSockOpt.$Properties): cosim.relay.SetSockOpt;

            /**
             * Encodes the specified SetSockOpt message. Does not implicitly {@link cosim.relay.SetSockOpt.verify|verify} messages.
             * @param message SetSockOpt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.SetSockOpt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetSockOpt message, length delimited. Does not implicitly {@link cosim.relay.SetSockOpt.verify|verify} messages.
             * @param message SetSockOpt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.SetSockOpt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetSockOpt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape} SetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape;

            /**
             * Decodes a SetSockOpt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape} SetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.SetSockOpt & cosim.relay.SetSockOpt.$Shape;

            /**
             * Creates a SetSockOpt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetSockOpt
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.SetSockOpt;

            /**
             * Creates a plain object from a SetSockOpt message. Also converts values to other types if specified.
             * @param message SetSockOpt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.SetSockOpt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetSockOpt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SetSockOpt {

            /** Properties of a SetSockOpt. */
            interface $Properties {

                /** SetSockOpt fd */
                fd?: (number|null);

                /** SetSockOpt level */
                level?: (number|null);

                /** SetSockOpt name */
                name?: (number|null);

                /** SetSockOpt intValue */
                intValue?: (number|null);

                /** SetSockOpt stringValue */
                stringValue?: (string|null);

                /** SetSockOpt value */
                value?: ("intValue"|"stringValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SetSockOpt. */
            type $Shape = {
              fd?: number|null;
              level?: number|null;
              name?: number|null;
              intValue?: number|null;
              stringValue?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; intValue?: null; stringValue?: null }|{ value?: "intValue"; intValue: number; stringValue?: null }|{ value?: "stringValue"; intValue?: null; stringValue: string })
            );
        }

        /**
         * Properties of a GetSockOpt.
         * @deprecated Use cosim.relay.GetSockOpt.$Properties instead.
         */
        interface IGetSockOpt extends cosim.relay.GetSockOpt.$Properties {
        }

        /** Represents a GetSockOpt. */
        class GetSockOpt {

            /**
             * Constructs a new GetSockOpt.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.GetSockOpt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSockOpt fd. */
            fd: number;

            /** GetSockOpt level. */
            level: number;

            /** GetSockOpt name. */
            name: number;

            /** GetSockOpt asString. */
            asString: boolean;

            /**
             * Creates a new GetSockOpt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSockOpt instance
             */
            static create(properties: cosim.relay.GetSockOpt.$Shape): cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape;
            static create(properties?: cosim.relay.GetSockOpt.$Properties): cosim.relay.GetSockOpt;

            /**
             * Encodes the specified GetSockOpt message. Does not implicitly {@link cosim.relay.GetSockOpt.verify|verify} messages.
             * @param message GetSockOpt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.GetSockOpt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetSockOpt message, length delimited. Does not implicitly {@link cosim.relay.GetSockOpt.verify|verify} messages.
             * @param message GetSockOpt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.GetSockOpt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSockOpt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape} GetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape;

            /**
             * Decodes a GetSockOpt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape} GetSockOpt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.GetSockOpt & cosim.relay.GetSockOpt.$Shape;

            /**
             * Creates a GetSockOpt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSockOpt
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.GetSockOpt;

            /**
             * Creates a plain object from a GetSockOpt message. Also converts values to other types if specified.
             * @param message GetSockOpt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.GetSockOpt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSockOpt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSockOpt {

            /** Properties of a GetSockOpt. */
            interface $Properties {

                /** GetSockOpt fd */
                fd?: (number|null);

                /** GetSockOpt level */
                level?: (number|null);

                /** GetSockOpt name */
                name?: (number|null);

                /** GetSockOpt asString */
                asString?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSockOpt. */
            type $Shape = cosim.relay.GetSockOpt.$Properties;
        }

        /**
         * Properties of a GetTcpInfo.
         * @deprecated Use cosim.relay.GetTcpInfo.$Properties instead.
         */
        interface IGetTcpInfo extends cosim.relay.GetTcpInfo.$Properties {
        }

        /** Represents a GetTcpInfo. */
        class GetTcpInfo {

            /**
             * Constructs a new GetTcpInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.GetTcpInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetTcpInfo fd. */
            fd: number;

            /**
             * Creates a new GetTcpInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetTcpInfo instance
             */
            static create(properties: cosim.relay.GetTcpInfo.$Shape): cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape;
            static create(properties?: cosim.relay.GetTcpInfo.$Properties): cosim.relay.GetTcpInfo;

            /**
             * Encodes the specified GetTcpInfo message. Does not implicitly {@link cosim.relay.GetTcpInfo.verify|verify} messages.
             * @param message GetTcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.GetTcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetTcpInfo message, length delimited. Does not implicitly {@link cosim.relay.GetTcpInfo.verify|verify} messages.
             * @param message GetTcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.GetTcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetTcpInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape} GetTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape;

            /**
             * Decodes a GetTcpInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape} GetTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.GetTcpInfo & cosim.relay.GetTcpInfo.$Shape;

            /**
             * Creates a GetTcpInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetTcpInfo
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.GetTcpInfo;

            /**
             * Creates a plain object from a GetTcpInfo message. Also converts values to other types if specified.
             * @param message GetTcpInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.GetTcpInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetTcpInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetTcpInfo {

            /** Properties of a GetTcpInfo. */
            interface $Properties {

                /** GetTcpInfo fd */
                fd?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetTcpInfo. */
            type $Shape = cosim.relay.GetTcpInfo.$Properties;
        }

        /**
         * Properties of a Write.
         * @deprecated Use cosim.relay.Write.$Properties instead.
         */
        interface IWrite extends cosim.relay.Write.$Properties {
        }

        /** Represents a Write. */
        class Write {

            /**
             * Constructs a new Write.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Write.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Write fd. */
            fd: number;

            /** Write data. */
            data: Uint8Array;

            /**
             * Creates a new Write instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Write instance
             */
            static create(properties: cosim.relay.Write.$Shape): cosim.relay.Write & cosim.relay.Write.$Shape;
            static create(properties?: cosim.relay.Write.$Properties): cosim.relay.Write;

            /**
             * Encodes the specified Write message. Does not implicitly {@link cosim.relay.Write.verify|verify} messages.
             * @param message Write message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Write.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Write message, length delimited. Does not implicitly {@link cosim.relay.Write.verify|verify} messages.
             * @param message Write message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Write.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Write message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Write & cosim.relay.Write.$Shape} Write
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Write & cosim.relay.Write.$Shape;

            /**
             * Decodes a Write message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Write & cosim.relay.Write.$Shape} Write
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Write & cosim.relay.Write.$Shape;

            /**
             * Creates a Write message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Write
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Write;

            /**
             * Creates a plain object from a Write message. Also converts values to other types if specified.
             * @param message Write
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Write, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Write to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Write {

            /** Properties of a Write. */
            interface $Properties {

                /** Write fd */
                fd?: (number|null);

                /** Write data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Write. */
            type $Shape = cosim.relay.Write.$Properties;
        }

        /**
         * Properties of a WriteGenerated.
         * @deprecated Use cosim.relay.WriteGenerated.$Properties instead.
         */
        interface IWriteGenerated extends cosim.relay.WriteGenerated.$Properties {
        }

        /** Represents a WriteGenerated. */
        class WriteGenerated {

            /**
             * Constructs a new WriteGenerated.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.WriteGenerated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WriteGenerated fd. */
            fd: number;

            /** WriteGenerated bytes. */
            bytes: (number|Long);

            /**
             * Creates a new WriteGenerated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WriteGenerated instance
             */
            static create(properties: cosim.relay.WriteGenerated.$Shape): cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape;
            static create(properties?: cosim.relay.WriteGenerated.$Properties): cosim.relay.WriteGenerated;

            /**
             * Encodes the specified WriteGenerated message. Does not implicitly {@link cosim.relay.WriteGenerated.verify|verify} messages.
             * @param message WriteGenerated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.WriteGenerated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WriteGenerated message, length delimited. Does not implicitly {@link cosim.relay.WriteGenerated.verify|verify} messages.
             * @param message WriteGenerated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.WriteGenerated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WriteGenerated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape} WriteGenerated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape;

            /**
             * Decodes a WriteGenerated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape} WriteGenerated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.WriteGenerated & cosim.relay.WriteGenerated.$Shape;

            /**
             * Creates a WriteGenerated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WriteGenerated
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.WriteGenerated;

            /**
             * Creates a plain object from a WriteGenerated message. Also converts values to other types if specified.
             * @param message WriteGenerated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.WriteGenerated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WriteGenerated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WriteGenerated {

            /** Properties of a WriteGenerated. */
            interface $Properties {

                /** WriteGenerated fd */
                fd?: (number|null);

                /** WriteGenerated bytes */
                bytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WriteGenerated. */
            type $Shape = cosim.relay.WriteGenerated.$Properties;
        }

        /**
         * Properties of a Read.
         * @deprecated Use cosim.relay.Read.$Properties instead.
         */
        interface IRead extends cosim.relay.Read.$Properties {
        }

        /** Represents a Read. */
        class Read {

            /**
             * Constructs a new Read.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Read.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Read fd. */
            fd: number;

            /** Read maxBytes. */
            maxBytes: number;

            /**
             * Creates a new Read instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Read instance
             */
            static create(properties: cosim.relay.Read.$Shape): cosim.relay.Read & cosim.relay.Read.$Shape;
            static create(properties?: cosim.relay.Read.$Properties): cosim.relay.Read;

            /**
             * Encodes the specified Read message. Does not implicitly {@link cosim.relay.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Read message, length delimited. Does not implicitly {@link cosim.relay.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Read & cosim.relay.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Read & cosim.relay.Read.$Shape;

            /**
             * Decodes a Read message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Read & cosim.relay.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Read & cosim.relay.Read.$Shape;

            /**
             * Creates a Read message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Read
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Read;

            /**
             * Creates a plain object from a Read message. Also converts values to other types if specified.
             * @param message Read
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Read, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Read to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Read {

            /** Properties of a Read. */
            interface $Properties {

                /** Read fd */
                fd?: (number|null);

                /** Read maxBytes */
                maxBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Read. */
            type $Shape = cosim.relay.Read.$Properties;
        }

        /**
         * Properties of a ReadDiscard.
         * @deprecated Use cosim.relay.ReadDiscard.$Properties instead.
         */
        interface IReadDiscard extends cosim.relay.ReadDiscard.$Properties {
        }

        /** Represents a ReadDiscard. */
        class ReadDiscard {

            /**
             * Constructs a new ReadDiscard.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.ReadDiscard.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadDiscard fd. */
            fd: number;

            /**
             * Creates a new ReadDiscard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadDiscard instance
             */
            static create(properties: cosim.relay.ReadDiscard.$Shape): cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape;
            static create(properties?: cosim.relay.ReadDiscard.$Properties): cosim.relay.ReadDiscard;

            /**
             * Encodes the specified ReadDiscard message. Does not implicitly {@link cosim.relay.ReadDiscard.verify|verify} messages.
             * @param message ReadDiscard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.ReadDiscard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadDiscard message, length delimited. Does not implicitly {@link cosim.relay.ReadDiscard.verify|verify} messages.
             * @param message ReadDiscard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.ReadDiscard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadDiscard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape} ReadDiscard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape;

            /**
             * Decodes a ReadDiscard message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape} ReadDiscard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.ReadDiscard & cosim.relay.ReadDiscard.$Shape;

            /**
             * Creates a ReadDiscard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadDiscard
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.ReadDiscard;

            /**
             * Creates a plain object from a ReadDiscard message. Also converts values to other types if specified.
             * @param message ReadDiscard
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.ReadDiscard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadDiscard to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReadDiscard {

            /** Properties of a ReadDiscard. */
            interface $Properties {

                /** ReadDiscard fd */
                fd?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadDiscard. */
            type $Shape = cosim.relay.ReadDiscard.$Properties;
        }

        /**
         * Properties of a Close.
         * @deprecated Use cosim.relay.Close.$Properties instead.
         */
        interface IClose extends cosim.relay.Close.$Properties {
        }

        /** Represents a Close. */
        class Close {

            /**
             * Constructs a new Close.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Close.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Close fd. */
            fd: number;

            /**
             * Creates a new Close instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Close instance
             */
            static create(properties: cosim.relay.Close.$Shape): cosim.relay.Close & cosim.relay.Close.$Shape;
            static create(properties?: cosim.relay.Close.$Properties): cosim.relay.Close;

            /**
             * Encodes the specified Close message. Does not implicitly {@link cosim.relay.Close.verify|verify} messages.
             * @param message Close message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Close.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Close message, length delimited. Does not implicitly {@link cosim.relay.Close.verify|verify} messages.
             * @param message Close message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Close.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Close & cosim.relay.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Close & cosim.relay.Close.$Shape;

            /**
             * Decodes a Close message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Close & cosim.relay.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Close & cosim.relay.Close.$Shape;

            /**
             * Creates a Close message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Close
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Close;

            /**
             * Creates a plain object from a Close message. Also converts values to other types if specified.
             * @param message Close
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Close, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Close to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Close {

            /** Properties of a Close. */
            interface $Properties {

                /** Close fd */
                fd?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Close. */
            type $Shape = cosim.relay.Close.$Properties;
        }

        /**
         * Properties of a Shutdown.
         * @deprecated Use cosim.relay.Shutdown.$Properties instead.
         */
        interface IShutdown extends cosim.relay.Shutdown.$Properties {
        }

        /** Represents a Shutdown. */
        class Shutdown {

            /**
             * Constructs a new Shutdown.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Shutdown.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Shutdown fd. */
            fd: number;

            /** Shutdown how. */
            how: number;

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Shutdown instance
             */
            static create(properties: cosim.relay.Shutdown.$Shape): cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape;
            static create(properties?: cosim.relay.Shutdown.$Properties): cosim.relay.Shutdown;

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link cosim.relay.Shutdown.verify|verify} messages.
             * @param message Shutdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Shutdown message, length delimited. Does not implicitly {@link cosim.relay.Shutdown.verify|verify} messages.
             * @param message Shutdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape;

            /**
             * Decodes a Shutdown message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Shutdown & cosim.relay.Shutdown.$Shape;

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Shutdown
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Shutdown;

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @param message Shutdown
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Shutdown to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Shutdown {

            /** Properties of a Shutdown. */
            interface $Properties {

                /** Shutdown fd */
                fd?: (number|null);

                /** Shutdown how */
                how?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Shutdown. */
            type $Shape = cosim.relay.Shutdown.$Properties;
        }

        /**
         * Properties of a SysctlGet.
         * @deprecated Use cosim.relay.SysctlGet.$Properties instead.
         */
        interface ISysctlGet extends cosim.relay.SysctlGet.$Properties {
        }

        /** Represents a SysctlGet. */
        class SysctlGet {

            /**
             * Constructs a new SysctlGet.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.SysctlGet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SysctlGet key. */
            key: string;

            /** SysctlGet netns. */
            netns: string;

            /**
             * Creates a new SysctlGet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SysctlGet instance
             */
            static create(properties: cosim.relay.SysctlGet.$Shape): cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape;
            static create(properties?: cosim.relay.SysctlGet.$Properties): cosim.relay.SysctlGet;

            /**
             * Encodes the specified SysctlGet message. Does not implicitly {@link cosim.relay.SysctlGet.verify|verify} messages.
             * @param message SysctlGet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.SysctlGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SysctlGet message, length delimited. Does not implicitly {@link cosim.relay.SysctlGet.verify|verify} messages.
             * @param message SysctlGet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.SysctlGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SysctlGet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape} SysctlGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape;

            /**
             * Decodes a SysctlGet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape} SysctlGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.SysctlGet & cosim.relay.SysctlGet.$Shape;

            /**
             * Creates a SysctlGet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SysctlGet
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.SysctlGet;

            /**
             * Creates a plain object from a SysctlGet message. Also converts values to other types if specified.
             * @param message SysctlGet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.SysctlGet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SysctlGet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SysctlGet {

            /** Properties of a SysctlGet. */
            interface $Properties {

                /** SysctlGet key */
                key?: (string|null);

                /** SysctlGet netns */
                netns?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SysctlGet. */
            type $Shape = cosim.relay.SysctlGet.$Properties;
        }

        /**
         * Properties of a SysctlSet.
         * @deprecated Use cosim.relay.SysctlSet.$Properties instead.
         */
        interface ISysctlSet extends cosim.relay.SysctlSet.$Properties {
        }

        /** Represents a SysctlSet. */
        class SysctlSet {

            /**
             * Constructs a new SysctlSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.SysctlSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SysctlSet key. */
            key: string;

            /** SysctlSet value. */
            value: string;

            /** SysctlSet netns. */
            netns: string;

            /**
             * Creates a new SysctlSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SysctlSet instance
             */
            static create(properties: cosim.relay.SysctlSet.$Shape): cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape;
            static create(properties?: cosim.relay.SysctlSet.$Properties): cosim.relay.SysctlSet;

            /**
             * Encodes the specified SysctlSet message. Does not implicitly {@link cosim.relay.SysctlSet.verify|verify} messages.
             * @param message SysctlSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.SysctlSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SysctlSet message, length delimited. Does not implicitly {@link cosim.relay.SysctlSet.verify|verify} messages.
             * @param message SysctlSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.SysctlSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SysctlSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape} SysctlSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape;

            /**
             * Decodes a SysctlSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape} SysctlSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.SysctlSet & cosim.relay.SysctlSet.$Shape;

            /**
             * Creates a SysctlSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SysctlSet
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.SysctlSet;

            /**
             * Creates a plain object from a SysctlSet message. Also converts values to other types if specified.
             * @param message SysctlSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.SysctlSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SysctlSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SysctlSet {

            /** Properties of a SysctlSet. */
            interface $Properties {

                /** SysctlSet key */
                key?: (string|null);

                /** SysctlSet value */
                value?: (string|null);

                /** SysctlSet netns */
                netns?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SysctlSet. */
            type $Shape = cosim.relay.SysctlSet.$Properties;
        }

        /**
         * Properties of an Exec.
         * @deprecated Use cosim.relay.Exec.$Properties instead.
         */
        interface IExec extends cosim.relay.Exec.$Properties {
        }

        /** Represents an Exec. */
        class Exec {

            /**
             * Constructs a new Exec.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Exec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Exec argv. */
            argv: string[];

            /** Exec env. */
            env: string[];

            /** Exec netns. */
            netns: string;

            /** Exec timeoutNs. */
            timeoutNs: (number|Long);

            /**
             * Creates a new Exec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Exec instance
             */
            static create(properties: cosim.relay.Exec.$Shape): cosim.relay.Exec & cosim.relay.Exec.$Shape;
            static create(properties?: cosim.relay.Exec.$Properties): cosim.relay.Exec;

            /**
             * Encodes the specified Exec message. Does not implicitly {@link cosim.relay.Exec.verify|verify} messages.
             * @param message Exec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Exec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Exec message, length delimited. Does not implicitly {@link cosim.relay.Exec.verify|verify} messages.
             * @param message Exec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Exec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Exec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Exec & cosim.relay.Exec.$Shape} Exec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Exec & cosim.relay.Exec.$Shape;

            /**
             * Decodes an Exec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Exec & cosim.relay.Exec.$Shape} Exec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Exec & cosim.relay.Exec.$Shape;

            /**
             * Creates an Exec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Exec
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Exec;

            /**
             * Creates a plain object from an Exec message. Also converts values to other types if specified.
             * @param message Exec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Exec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Exec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Exec {

            /** Properties of an Exec. */
            interface $Properties {

                /** Exec argv */
                argv?: (string[]|null);

                /** Exec env */
                env?: (string[]|null);

                /** Exec netns */
                netns?: (string|null);

                /** Exec timeoutNs */
                timeoutNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Exec. */
            type $Shape = cosim.relay.Exec.$Properties;
        }

        /**
         * Properties of an ExecCancel.
         * @deprecated Use cosim.relay.ExecCancel.$Properties instead.
         */
        interface IExecCancel extends cosim.relay.ExecCancel.$Properties {
        }

        /** Represents an ExecCancel. */
        class ExecCancel {

            /**
             * Constructs a new ExecCancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.ExecCancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecCancel execId. */
            execId: number;

            /**
             * Creates a new ExecCancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecCancel instance
             */
            static create(properties: cosim.relay.ExecCancel.$Shape): cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape;
            static create(properties?: cosim.relay.ExecCancel.$Properties): cosim.relay.ExecCancel;

            /**
             * Encodes the specified ExecCancel message. Does not implicitly {@link cosim.relay.ExecCancel.verify|verify} messages.
             * @param message ExecCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.ExecCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExecCancel message, length delimited. Does not implicitly {@link cosim.relay.ExecCancel.verify|verify} messages.
             * @param message ExecCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.ExecCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecCancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape} ExecCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape;

            /**
             * Decodes an ExecCancel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape} ExecCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.ExecCancel & cosim.relay.ExecCancel.$Shape;

            /**
             * Creates an ExecCancel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecCancel
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.ExecCancel;

            /**
             * Creates a plain object from an ExecCancel message. Also converts values to other types if specified.
             * @param message ExecCancel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.ExecCancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecCancel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExecCancel {

            /** Properties of an ExecCancel. */
            interface $Properties {

                /** ExecCancel execId */
                execId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecCancel. */
            type $Shape = cosim.relay.ExecCancel.$Properties;
        }

        /**
         * Properties of a NetnsCreate.
         * @deprecated Use cosim.relay.NetnsCreate.$Properties instead.
         */
        interface INetnsCreate extends cosim.relay.NetnsCreate.$Properties {
        }

        /** Represents a NetnsCreate. */
        class NetnsCreate {

            /**
             * Constructs a new NetnsCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.NetnsCreate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetnsCreate name. */
            name: string;

            /**
             * Creates a new NetnsCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetnsCreate instance
             */
            static create(properties: cosim.relay.NetnsCreate.$Shape): cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape;
            static create(properties?: cosim.relay.NetnsCreate.$Properties): cosim.relay.NetnsCreate;

            /**
             * Encodes the specified NetnsCreate message. Does not implicitly {@link cosim.relay.NetnsCreate.verify|verify} messages.
             * @param message NetnsCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.NetnsCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetnsCreate message, length delimited. Does not implicitly {@link cosim.relay.NetnsCreate.verify|verify} messages.
             * @param message NetnsCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.NetnsCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetnsCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape} NetnsCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape;

            /**
             * Decodes a NetnsCreate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape} NetnsCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.NetnsCreate & cosim.relay.NetnsCreate.$Shape;

            /**
             * Creates a NetnsCreate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetnsCreate
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.NetnsCreate;

            /**
             * Creates a plain object from a NetnsCreate message. Also converts values to other types if specified.
             * @param message NetnsCreate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.NetnsCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetnsCreate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NetnsCreate {

            /** Properties of a NetnsCreate. */
            interface $Properties {

                /** NetnsCreate name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetnsCreate. */
            type $Shape = cosim.relay.NetnsCreate.$Properties;
        }

        /**
         * Properties of a VlanCreate.
         * @deprecated Use cosim.relay.VlanCreate.$Properties instead.
         */
        interface IVlanCreate extends cosim.relay.VlanCreate.$Properties {
        }

        /** Represents a VlanCreate. */
        class VlanCreate {

            /**
             * Constructs a new VlanCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.VlanCreate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VlanCreate parent. */
            parent: string;

            /** VlanCreate vlanId. */
            vlanId: number;

            /** VlanCreate name. */
            name: string;

            /** VlanCreate netns. */
            netns: string;

            /** VlanCreate mac. */
            mac: string;

            /**
             * Creates a new VlanCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VlanCreate instance
             */
            static create(properties: cosim.relay.VlanCreate.$Shape): cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape;
            static create(properties?: cosim.relay.VlanCreate.$Properties): cosim.relay.VlanCreate;

            /**
             * Encodes the specified VlanCreate message. Does not implicitly {@link cosim.relay.VlanCreate.verify|verify} messages.
             * @param message VlanCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.VlanCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VlanCreate message, length delimited. Does not implicitly {@link cosim.relay.VlanCreate.verify|verify} messages.
             * @param message VlanCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.VlanCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VlanCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape} VlanCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape;

            /**
             * Decodes a VlanCreate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape} VlanCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.VlanCreate & cosim.relay.VlanCreate.$Shape;

            /**
             * Creates a VlanCreate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VlanCreate
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.VlanCreate;

            /**
             * Creates a plain object from a VlanCreate message. Also converts values to other types if specified.
             * @param message VlanCreate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.VlanCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VlanCreate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VlanCreate {

            /** Properties of a VlanCreate. */
            interface $Properties {

                /** VlanCreate parent */
                parent?: (string|null);

                /** VlanCreate vlanId */
                vlanId?: (number|null);

                /** VlanCreate name */
                name?: (string|null);

                /** VlanCreate netns */
                netns?: (string|null);

                /** VlanCreate mac */
                mac?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VlanCreate. */
            type $Shape = cosim.relay.VlanCreate.$Properties;
        }

        /**
         * Properties of an AddEntropy.
         * @deprecated Use cosim.relay.AddEntropy.$Properties instead.
         */
        interface IAddEntropy extends cosim.relay.AddEntropy.$Properties {
        }

        /** Represents an AddEntropy. */
        class AddEntropy {

            /**
             * Constructs a new AddEntropy.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.AddEntropy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddEntropy data. */
            data: Uint8Array;

            /**
             * Creates a new AddEntropy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddEntropy instance
             */
            static create(properties: cosim.relay.AddEntropy.$Shape): cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape;
            static create(properties?: cosim.relay.AddEntropy.$Properties): cosim.relay.AddEntropy;

            /**
             * Encodes the specified AddEntropy message. Does not implicitly {@link cosim.relay.AddEntropy.verify|verify} messages.
             * @param message AddEntropy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.AddEntropy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AddEntropy message, length delimited. Does not implicitly {@link cosim.relay.AddEntropy.verify|verify} messages.
             * @param message AddEntropy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.AddEntropy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddEntropy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape} AddEntropy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape;

            /**
             * Decodes an AddEntropy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape} AddEntropy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.AddEntropy & cosim.relay.AddEntropy.$Shape;

            /**
             * Creates an AddEntropy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AddEntropy
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.AddEntropy;

            /**
             * Creates a plain object from an AddEntropy message. Also converts values to other types if specified.
             * @param message AddEntropy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.AddEntropy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AddEntropy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AddEntropy {

            /** Properties of an AddEntropy. */
            interface $Properties {

                /** AddEntropy data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddEntropy. */
            type $Shape = cosim.relay.AddEntropy.$Properties;
        }

        /**
         * Properties of a SampleTcpInfo.
         * @deprecated Use cosim.relay.SampleTcpInfo.$Properties instead.
         */
        interface ISampleTcpInfo extends cosim.relay.SampleTcpInfo.$Properties {
        }

        /** Represents a SampleTcpInfo. */
        class SampleTcpInfo {

            /**
             * Constructs a new SampleTcpInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.SampleTcpInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SampleTcpInfo fd. */
            fd: number;

            /** SampleTcpInfo intervalNs. */
            intervalNs: (number|Long);

            /**
             * Creates a new SampleTcpInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SampleTcpInfo instance
             */
            static create(properties: cosim.relay.SampleTcpInfo.$Shape): cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape;
            static create(properties?: cosim.relay.SampleTcpInfo.$Properties): cosim.relay.SampleTcpInfo;

            /**
             * Encodes the specified SampleTcpInfo message. Does not implicitly {@link cosim.relay.SampleTcpInfo.verify|verify} messages.
             * @param message SampleTcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.SampleTcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SampleTcpInfo message, length delimited. Does not implicitly {@link cosim.relay.SampleTcpInfo.verify|verify} messages.
             * @param message SampleTcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.SampleTcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SampleTcpInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape} SampleTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape;

            /**
             * Decodes a SampleTcpInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape} SampleTcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.SampleTcpInfo & cosim.relay.SampleTcpInfo.$Shape;

            /**
             * Creates a SampleTcpInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SampleTcpInfo
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.SampleTcpInfo;

            /**
             * Creates a plain object from a SampleTcpInfo message. Also converts values to other types if specified.
             * @param message SampleTcpInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.SampleTcpInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SampleTcpInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SampleTcpInfo {

            /** Properties of a SampleTcpInfo. */
            interface $Properties {

                /** SampleTcpInfo fd */
                fd?: (number|null);

                /** SampleTcpInfo intervalNs */
                intervalNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SampleTcpInfo. */
            type $Shape = cosim.relay.SampleTcpInfo.$Properties;
        }

        /**
         * Properties of an UdpSend.
         * @deprecated Use cosim.relay.UdpSend.$Properties instead.
         */
        interface IUdpSend extends cosim.relay.UdpSend.$Properties {
        }

        /** Represents an UdpSend. */
        class UdpSend {

            /**
             * Constructs a new UdpSend.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.UdpSend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UdpSend fd. */
            fd: number;

            /** UdpSend datagramBytes. */
            datagramBytes: number;

            /** UdpSend intervalNs. */
            intervalNs: (number|Long);

            /** UdpSend periodsNs. */
            periodsNs: (number|Long)[];

            /** UdpSend sampleIntervalNs. */
            sampleIntervalNs: (number|Long);

            /**
             * Creates a new UdpSend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UdpSend instance
             */
            static create(properties: cosim.relay.UdpSend.$Shape): cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape;
            static create(properties?: cosim.relay.UdpSend.$Properties): cosim.relay.UdpSend;

            /**
             * Encodes the specified UdpSend message. Does not implicitly {@link cosim.relay.UdpSend.verify|verify} messages.
             * @param message UdpSend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.UdpSend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UdpSend message, length delimited. Does not implicitly {@link cosim.relay.UdpSend.verify|verify} messages.
             * @param message UdpSend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.UdpSend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UdpSend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape} UdpSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape;

            /**
             * Decodes an UdpSend message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape} UdpSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.UdpSend & cosim.relay.UdpSend.$Shape;

            /**
             * Creates an UdpSend message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UdpSend
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.UdpSend;

            /**
             * Creates a plain object from an UdpSend message. Also converts values to other types if specified.
             * @param message UdpSend
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.UdpSend, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UdpSend to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UdpSend {

            /** Properties of an UdpSend. */
            interface $Properties {

                /** UdpSend fd */
                fd?: (number|null);

                /** UdpSend datagramBytes */
                datagramBytes?: (number|null);

                /** UdpSend intervalNs */
                intervalNs?: (number|Long|null);

                /** UdpSend periodsNs */
                periodsNs?: ((number|Long)[]|null);

                /** UdpSend sampleIntervalNs */
                sampleIntervalNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UdpSend. */
            type $Shape = cosim.relay.UdpSend.$Properties;
        }

        /**
         * Properties of an UdpReceive.
         * @deprecated Use cosim.relay.UdpReceive.$Properties instead.
         */
        interface IUdpReceive extends cosim.relay.UdpReceive.$Properties {
        }

        /** Represents an UdpReceive. */
        class UdpReceive {

            /**
             * Constructs a new UdpReceive.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.UdpReceive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UdpReceive fd. */
            fd: number;

            /** UdpReceive sampleIntervalNs. */
            sampleIntervalNs: (number|Long);

            /** UdpReceive durationNs. */
            durationNs: (number|Long);

            /**
             * Creates a new UdpReceive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UdpReceive instance
             */
            static create(properties: cosim.relay.UdpReceive.$Shape): cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape;
            static create(properties?: cosim.relay.UdpReceive.$Properties): cosim.relay.UdpReceive;

            /**
             * Encodes the specified UdpReceive message. Does not implicitly {@link cosim.relay.UdpReceive.verify|verify} messages.
             * @param message UdpReceive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.UdpReceive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UdpReceive message, length delimited. Does not implicitly {@link cosim.relay.UdpReceive.verify|verify} messages.
             * @param message UdpReceive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.UdpReceive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UdpReceive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape} UdpReceive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape;

            /**
             * Decodes an UdpReceive message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape} UdpReceive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.UdpReceive & cosim.relay.UdpReceive.$Shape;

            /**
             * Creates an UdpReceive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UdpReceive
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.UdpReceive;

            /**
             * Creates a plain object from an UdpReceive message. Also converts values to other types if specified.
             * @param message UdpReceive
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.UdpReceive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UdpReceive to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UdpReceive {

            /** Properties of an UdpReceive. */
            interface $Properties {

                /** UdpReceive fd */
                fd?: (number|null);

                /** UdpReceive sampleIntervalNs */
                sampleIntervalNs?: (number|Long|null);

                /** UdpReceive durationNs */
                durationNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UdpReceive. */
            type $Shape = cosim.relay.UdpReceive.$Properties;
        }

        /**
         * Properties of a RrServe.
         * @deprecated Use cosim.relay.RrServe.$Properties instead.
         */
        interface IRrServe extends cosim.relay.RrServe.$Properties {
        }

        /** Represents a RrServe. */
        class RrServe {

            /**
             * Constructs a new RrServe.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.RrServe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RrServe fd. */
            fd: number;

            /**
             * Creates a new RrServe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RrServe instance
             */
            static create(properties: cosim.relay.RrServe.$Shape): cosim.relay.RrServe & cosim.relay.RrServe.$Shape;
            static create(properties?: cosim.relay.RrServe.$Properties): cosim.relay.RrServe;

            /**
             * Encodes the specified RrServe message. Does not implicitly {@link cosim.relay.RrServe.verify|verify} messages.
             * @param message RrServe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.RrServe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RrServe message, length delimited. Does not implicitly {@link cosim.relay.RrServe.verify|verify} messages.
             * @param message RrServe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.RrServe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RrServe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.RrServe & cosim.relay.RrServe.$Shape} RrServe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.RrServe & cosim.relay.RrServe.$Shape;

            /**
             * Decodes a RrServe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.RrServe & cosim.relay.RrServe.$Shape} RrServe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.RrServe & cosim.relay.RrServe.$Shape;

            /**
             * Creates a RrServe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RrServe
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.RrServe;

            /**
             * Creates a plain object from a RrServe message. Also converts values to other types if specified.
             * @param message RrServe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.RrServe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RrServe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RrServe {

            /** Properties of a RrServe. */
            interface $Properties {

                /** RrServe fd */
                fd?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RrServe. */
            type $Shape = cosim.relay.RrServe.$Properties;
        }

        /**
         * Properties of a RrClient.
         * @deprecated Use cosim.relay.RrClient.$Properties instead.
         */
        interface IRrClient extends cosim.relay.RrClient.$Properties {
        }

        /** Represents a RrClient. */
        class RrClient {

            /**
             * Constructs a new RrClient.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.RrClient.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RrClient fd. */
            fd: number;

            /** RrClient requestBytes. */
            requestBytes: number[];

            /** RrClient responseBytes. */
            responseBytes: number[];

            /** RrClient gapNs. */
            gapNs: (number|Long)[];

            /** RrClient closedLoop. */
            closedLoop: boolean;

            /** RrClient sampleIntervalNs. */
            sampleIntervalNs: (number|Long);

            /**
             * Creates a new RrClient instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RrClient instance
             */
            static create(properties: cosim.relay.RrClient.$Shape): cosim.relay.RrClient & cosim.relay.RrClient.$Shape;
            static create(properties?: cosim.relay.RrClient.$Properties): cosim.relay.RrClient;

            /**
             * Encodes the specified RrClient message. Does not implicitly {@link cosim.relay.RrClient.verify|verify} messages.
             * @param message RrClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.RrClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RrClient message, length delimited. Does not implicitly {@link cosim.relay.RrClient.verify|verify} messages.
             * @param message RrClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.RrClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RrClient message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.RrClient & cosim.relay.RrClient.$Shape} RrClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.RrClient & cosim.relay.RrClient.$Shape;

            /**
             * Decodes a RrClient message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.RrClient & cosim.relay.RrClient.$Shape} RrClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.RrClient & cosim.relay.RrClient.$Shape;

            /**
             * Creates a RrClient message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RrClient
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.RrClient;

            /**
             * Creates a plain object from a RrClient message. Also converts values to other types if specified.
             * @param message RrClient
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.RrClient, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RrClient to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RrClient {

            /** Properties of a RrClient. */
            interface $Properties {

                /** RrClient fd */
                fd?: (number|null);

                /** RrClient requestBytes */
                requestBytes?: (number[]|null);

                /** RrClient responseBytes */
                responseBytes?: (number[]|null);

                /** RrClient gapNs */
                gapNs?: ((number|Long)[]|null);

                /** RrClient closedLoop */
                closedLoop?: (boolean|null);

                /** RrClient sampleIntervalNs */
                sampleIntervalNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RrClient. */
            type $Shape = cosim.relay.RrClient.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use cosim.relay.Reply.$Properties instead.
         */
        interface IReply extends cosim.relay.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply id. */
            id: number;

            /** Reply error. */
            error?: (cosim.relay.Error.$Properties|null);

            /** Reply done. */
            done?: (cosim.relay.Done.$Properties|null);

            /** Reply tcpInfo. */
            tcpInfo?: (cosim.relay.TcpInfo.$Properties|null);

            /** Reply hello. */
            hello?: (cosim.relay.Hello.$Properties|null);

            /** Reply exec. */
            exec?: (cosim.relay.ExecResult.$Properties|null);

            /** Reply traffic. */
            traffic?: (cosim.relay.TrafficReport.$Properties|null);

            /** Reply body. */
            body?: ("error"|"done"|"tcpInfo"|"hello"|"exec"|"traffic");

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            static create(properties: cosim.relay.Reply.$Shape): cosim.relay.Reply & cosim.relay.Reply.$Shape;
            static create(properties?: cosim.relay.Reply.$Properties): cosim.relay.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link cosim.relay.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link cosim.relay.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Reply & cosim.relay.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Reply & cosim.relay.Reply.$Shape;

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Reply & cosim.relay.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Reply & cosim.relay.Reply.$Shape;

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reply
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Reply;

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @param message Reply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply id */
                id?: (number|null);

                /** Reply error */
                error?: (cosim.relay.Error.$Properties|null);

                /** Reply done */
                done?: (cosim.relay.Done.$Properties|null);

                /** Reply tcpInfo */
                tcpInfo?: (cosim.relay.TcpInfo.$Properties|null);

                /** Reply hello */
                hello?: (cosim.relay.Hello.$Properties|null);

                /** Reply exec */
                exec?: (cosim.relay.ExecResult.$Properties|null);

                /** Reply traffic */
                traffic?: (cosim.relay.TrafficReport.$Properties|null);

                /** Reply body */
                body?: ("error"|"done"|"tcpInfo"|"hello"|"exec"|"traffic");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Reply. */
            type $Shape = {
              id?: number|null;
              error?: cosim.relay.Error.$Shape|null;
              done?: cosim.relay.Done.$Shape|null;
              tcpInfo?: cosim.relay.TcpInfo.$Shape|null;
              hello?: cosim.relay.Hello.$Shape|null;
              exec?: cosim.relay.ExecResult.$Shape|null;
              traffic?: cosim.relay.TrafficReport.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; error?: null; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "error"; error: cosim.relay.Error.$Shape; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "done"; error?: null; done: cosim.relay.Done.$Shape; tcpInfo?: null; hello?: null; exec?: null; traffic?: null }|{ body?: "tcpInfo"; error?: null; done?: null; tcpInfo: cosim.relay.TcpInfo.$Shape; hello?: null; exec?: null; traffic?: null }|{ body?: "hello"; error?: null; done?: null; tcpInfo?: null; hello: cosim.relay.Hello.$Shape; exec?: null; traffic?: null }|{ body?: "exec"; error?: null; done?: null; tcpInfo?: null; hello?: null; exec: cosim.relay.ExecResult.$Shape; traffic?: null }|{ body?: "traffic"; error?: null; done?: null; tcpInfo?: null; hello?: null; exec?: null; traffic: cosim.relay.TrafficReport.$Shape })
            );
        }

        /**
         * Properties of a TrafficReport.
         * @deprecated Use cosim.relay.TrafficReport.$Properties instead.
         */
        interface ITrafficReport extends cosim.relay.TrafficReport.$Properties {
        }

        /** Represents a TrafficReport. */
        class TrafficReport {

            /**
             * Constructs a new TrafficReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.TrafficReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrafficReport final. */
            final: boolean;

            /** TrafficReport monotonicNs. */
            monotonicNs: (number|Long);

            /** TrafficReport count. */
            count: (number|Long);

            /** TrafficReport bytes. */
            bytes: (number|Long);

            /** TrafficReport errors. */
            errors: (number|Long);

            /** TrafficReport firstError. */
            firstError: string;

            /** TrafficReport firstIndex. */
            firstIndex: number;

            /** TrafficReport dueNs. */
            dueNs: (number|Long)[];

            /** TrafficReport completedNs. */
            completedNs: (number|Long)[];

            /**
             * Creates a new TrafficReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrafficReport instance
             */
            static create(properties: cosim.relay.TrafficReport.$Shape): cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape;
            static create(properties?: cosim.relay.TrafficReport.$Properties): cosim.relay.TrafficReport;

            /**
             * Encodes the specified TrafficReport message. Does not implicitly {@link cosim.relay.TrafficReport.verify|verify} messages.
             * @param message TrafficReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.TrafficReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TrafficReport message, length delimited. Does not implicitly {@link cosim.relay.TrafficReport.verify|verify} messages.
             * @param message TrafficReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.TrafficReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrafficReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape} TrafficReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape;

            /**
             * Decodes a TrafficReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape} TrafficReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.TrafficReport & cosim.relay.TrafficReport.$Shape;

            /**
             * Creates a TrafficReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrafficReport
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.TrafficReport;

            /**
             * Creates a plain object from a TrafficReport message. Also converts values to other types if specified.
             * @param message TrafficReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.TrafficReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrafficReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TrafficReport {

            /** Properties of a TrafficReport. */
            interface $Properties {

                /** TrafficReport final */
                final?: (boolean|null);

                /** TrafficReport monotonicNs */
                monotonicNs?: (number|Long|null);

                /** TrafficReport count */
                count?: (number|Long|null);

                /** TrafficReport bytes */
                bytes?: (number|Long|null);

                /** TrafficReport errors */
                errors?: (number|Long|null);

                /** TrafficReport firstError */
                firstError?: (string|null);

                /** TrafficReport firstIndex */
                firstIndex?: (number|null);

                /** TrafficReport dueNs */
                dueNs?: ((number|Long)[]|null);

                /** TrafficReport completedNs */
                completedNs?: ((number|Long)[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrafficReport. */
            type $Shape = cosim.relay.TrafficReport.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use cosim.relay.Error.$Properties instead.
         */
        interface IError extends cosim.relay.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error errnoName. */
            errnoName: string;

            /** Error message. */
            message: string;

            /** Error op. */
            op: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: cosim.relay.Error.$Shape): cosim.relay.Error & cosim.relay.Error.$Shape;
            static create(properties?: cosim.relay.Error.$Properties): cosim.relay.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link cosim.relay.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link cosim.relay.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Error & cosim.relay.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Error & cosim.relay.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Error & cosim.relay.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Error & cosim.relay.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error errnoName */
                errnoName?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error op */
                op?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = cosim.relay.Error.$Properties;
        }

        /**
         * Properties of a Done.
         * @deprecated Use cosim.relay.Done.$Properties instead.
         */
        interface IDone extends cosim.relay.Done.$Properties {
        }

        /** Represents a Done. */
        class Done {

            /**
             * Constructs a new Done.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Done.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Done fd. */
            fd: number;

            /** Done value. */
            value: (number|Long);

            /** Done text. */
            text: string;

            /** Done data. */
            data: Uint8Array;

            /** Done bytes. */
            bytes: (number|Long);

            /**
             * Creates a new Done instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Done instance
             */
            static create(properties: cosim.relay.Done.$Shape): cosim.relay.Done & cosim.relay.Done.$Shape;
            static create(properties?: cosim.relay.Done.$Properties): cosim.relay.Done;

            /**
             * Encodes the specified Done message. Does not implicitly {@link cosim.relay.Done.verify|verify} messages.
             * @param message Done message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Done.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Done message, length delimited. Does not implicitly {@link cosim.relay.Done.verify|verify} messages.
             * @param message Done message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Done.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Done message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Done & cosim.relay.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Done & cosim.relay.Done.$Shape;

            /**
             * Decodes a Done message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Done & cosim.relay.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Done & cosim.relay.Done.$Shape;

            /**
             * Creates a Done message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Done
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Done;

            /**
             * Creates a plain object from a Done message. Also converts values to other types if specified.
             * @param message Done
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Done, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Done to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Done {

            /** Properties of a Done. */
            interface $Properties {

                /** Done fd */
                fd?: (number|null);

                /** Done value */
                value?: (number|Long|null);

                /** Done text */
                text?: (string|null);

                /** Done data */
                data?: (Uint8Array|null);

                /** Done bytes */
                bytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Done. */
            type $Shape = cosim.relay.Done.$Properties;
        }

        /**
         * Properties of a Hello.
         * @deprecated Use cosim.relay.Hello.$Properties instead.
         */
        interface IHello extends cosim.relay.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello kernelRelease. */
            kernelRelease: string;

            /** Hello agentVersion. */
            agentVersion: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: cosim.relay.Hello.$Shape): cosim.relay.Hello & cosim.relay.Hello.$Shape;
            static create(properties?: cosim.relay.Hello.$Properties): cosim.relay.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link cosim.relay.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link cosim.relay.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.Hello & cosim.relay.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.Hello & cosim.relay.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.Hello & cosim.relay.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.Hello & cosim.relay.Hello.$Shape;

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello kernelRelease */
                kernelRelease?: (string|null);

                /** Hello agentVersion */
                agentVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = cosim.relay.Hello.$Properties;
        }

        /**
         * Properties of an ExecResult.
         * @deprecated Use cosim.relay.ExecResult.$Properties instead.
         */
        interface IExecResult extends cosim.relay.ExecResult.$Properties {
        }

        /** Represents an ExecResult. */
        class ExecResult {

            /**
             * Constructs a new ExecResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.ExecResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecResult exitCode. */
            exitCode: number;

            /** ExecResult signal. */
            signal: number;

            /** ExecResult stdout. */
            stdout: Uint8Array;

            /** ExecResult stderr. */
            stderr: Uint8Array;

            /** ExecResult truncated. */
            truncated: boolean;

            /** ExecResult timedOut. */
            timedOut: boolean;

            /** ExecResult cancelled. */
            cancelled: boolean;

            /**
             * Creates a new ExecResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecResult instance
             */
            static create(properties: cosim.relay.ExecResult.$Shape): cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape;
            static create(properties?: cosim.relay.ExecResult.$Properties): cosim.relay.ExecResult;

            /**
             * Encodes the specified ExecResult message. Does not implicitly {@link cosim.relay.ExecResult.verify|verify} messages.
             * @param message ExecResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.ExecResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExecResult message, length delimited. Does not implicitly {@link cosim.relay.ExecResult.verify|verify} messages.
             * @param message ExecResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.ExecResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape} ExecResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape;

            /**
             * Decodes an ExecResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape} ExecResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.ExecResult & cosim.relay.ExecResult.$Shape;

            /**
             * Creates an ExecResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecResult
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.ExecResult;

            /**
             * Creates a plain object from an ExecResult message. Also converts values to other types if specified.
             * @param message ExecResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.ExecResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExecResult {

            /** Properties of an ExecResult. */
            interface $Properties {

                /** ExecResult exitCode */
                exitCode?: (number|null);

                /** ExecResult signal */
                signal?: (number|null);

                /** ExecResult stdout */
                stdout?: (Uint8Array|null);

                /** ExecResult stderr */
                stderr?: (Uint8Array|null);

                /** ExecResult truncated */
                truncated?: (boolean|null);

                /** ExecResult timedOut */
                timedOut?: (boolean|null);

                /** ExecResult cancelled */
                cancelled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecResult. */
            type $Shape = cosim.relay.ExecResult.$Properties;
        }

        /**
         * Properties of a TcpInfo.
         * @deprecated Use cosim.relay.TcpInfo.$Properties instead.
         */
        interface ITcpInfo extends cosim.relay.TcpInfo.$Properties {
        }

        /** Represents a TcpInfo. */
        class TcpInfo {

            /**
             * Constructs a new TcpInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cosim.relay.TcpInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TcpInfo infoLength. */
            infoLength: number;

            /** TcpInfo monotonicNs. */
            monotonicNs: (number|Long);

            /** TcpInfo state. */
            state: number;

            /** TcpInfo caState. */
            caState: number;

            /** TcpInfo retransmits. */
            retransmits: number;

            /** TcpInfo probes. */
            probes: number;

            /** TcpInfo backoff. */
            backoff: number;

            /** TcpInfo options. */
            options: number;

            /** TcpInfo rto. */
            rto: number;

            /** TcpInfo ato. */
            ato: number;

            /** TcpInfo sndMss. */
            sndMss: number;

            /** TcpInfo rcvMss. */
            rcvMss: number;

            /** TcpInfo unacked. */
            unacked: number;

            /** TcpInfo sacked. */
            sacked: number;

            /** TcpInfo lost. */
            lost: number;

            /** TcpInfo retrans. */
            retrans: number;

            /** TcpInfo lastDataSent. */
            lastDataSent: number;

            /** TcpInfo lastAckRecv. */
            lastAckRecv: number;

            /** TcpInfo pmtu. */
            pmtu: number;

            /** TcpInfo rcvSsthresh. */
            rcvSsthresh: number;

            /** TcpInfo rtt. */
            rtt: number;

            /** TcpInfo rttvar. */
            rttvar: number;

            /** TcpInfo sndSsthresh. */
            sndSsthresh: number;

            /** TcpInfo sndCwnd. */
            sndCwnd: number;

            /** TcpInfo advmss. */
            advmss: number;

            /** TcpInfo reordering. */
            reordering: number;

            /** TcpInfo rcvRtt. */
            rcvRtt: number;

            /** TcpInfo rcvSpace. */
            rcvSpace: number;

            /** TcpInfo totalRetrans. */
            totalRetrans: number;

            /** TcpInfo pacingRate. */
            pacingRate: (number|Long);

            /** TcpInfo bytesAcked. */
            bytesAcked: (number|Long);

            /** TcpInfo bytesReceived. */
            bytesReceived: (number|Long);

            /** TcpInfo segsOut. */
            segsOut: number;

            /** TcpInfo segsIn. */
            segsIn: number;

            /** TcpInfo notsentBytes. */
            notsentBytes: number;

            /** TcpInfo minRtt. */
            minRtt: number;

            /** TcpInfo dataSegsOut. */
            dataSegsOut: number;

            /** TcpInfo deliveryRate. */
            deliveryRate: (number|Long);

            /** TcpInfo busyTime. */
            busyTime: (number|Long);

            /** TcpInfo delivered. */
            delivered: number;

            /** TcpInfo bytesSent. */
            bytesSent: (number|Long);

            /** TcpInfo bytesRetrans. */
            bytesRetrans: (number|Long);

            /** TcpInfo sndWnd. */
            sndWnd: number;

            /** TcpInfo missedTicks. */
            missedTicks: (number|Long);

            /**
             * Creates a new TcpInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TcpInfo instance
             */
            static create(properties: cosim.relay.TcpInfo.$Shape): cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape;
            static create(properties?: cosim.relay.TcpInfo.$Properties): cosim.relay.TcpInfo;

            /**
             * Encodes the specified TcpInfo message. Does not implicitly {@link cosim.relay.TcpInfo.verify|verify} messages.
             * @param message TcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cosim.relay.TcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TcpInfo message, length delimited. Does not implicitly {@link cosim.relay.TcpInfo.verify|verify} messages.
             * @param message TcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cosim.relay.TcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TcpInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape} TcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape;

            /**
             * Decodes a TcpInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape} TcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosim.relay.TcpInfo & cosim.relay.TcpInfo.$Shape;

            /**
             * Creates a TcpInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TcpInfo
             */
            static fromObject(object: { [k: string]: any }): cosim.relay.TcpInfo;

            /**
             * Creates a plain object from a TcpInfo message. Also converts values to other types if specified.
             * @param message TcpInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cosim.relay.TcpInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TcpInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TcpInfo {

            /** Properties of a TcpInfo. */
            interface $Properties {

                /** TcpInfo infoLength */
                infoLength?: (number|null);

                /** TcpInfo monotonicNs */
                monotonicNs?: (number|Long|null);

                /** TcpInfo state */
                state?: (number|null);

                /** TcpInfo caState */
                caState?: (number|null);

                /** TcpInfo retransmits */
                retransmits?: (number|null);

                /** TcpInfo probes */
                probes?: (number|null);

                /** TcpInfo backoff */
                backoff?: (number|null);

                /** TcpInfo options */
                options?: (number|null);

                /** TcpInfo rto */
                rto?: (number|null);

                /** TcpInfo ato */
                ato?: (number|null);

                /** TcpInfo sndMss */
                sndMss?: (number|null);

                /** TcpInfo rcvMss */
                rcvMss?: (number|null);

                /** TcpInfo unacked */
                unacked?: (number|null);

                /** TcpInfo sacked */
                sacked?: (number|null);

                /** TcpInfo lost */
                lost?: (number|null);

                /** TcpInfo retrans */
                retrans?: (number|null);

                /** TcpInfo lastDataSent */
                lastDataSent?: (number|null);

                /** TcpInfo lastAckRecv */
                lastAckRecv?: (number|null);

                /** TcpInfo pmtu */
                pmtu?: (number|null);

                /** TcpInfo rcvSsthresh */
                rcvSsthresh?: (number|null);

                /** TcpInfo rtt */
                rtt?: (number|null);

                /** TcpInfo rttvar */
                rttvar?: (number|null);

                /** TcpInfo sndSsthresh */
                sndSsthresh?: (number|null);

                /** TcpInfo sndCwnd */
                sndCwnd?: (number|null);

                /** TcpInfo advmss */
                advmss?: (number|null);

                /** TcpInfo reordering */
                reordering?: (number|null);

                /** TcpInfo rcvRtt */
                rcvRtt?: (number|null);

                /** TcpInfo rcvSpace */
                rcvSpace?: (number|null);

                /** TcpInfo totalRetrans */
                totalRetrans?: (number|null);

                /** TcpInfo pacingRate */
                pacingRate?: (number|Long|null);

                /** TcpInfo bytesAcked */
                bytesAcked?: (number|Long|null);

                /** TcpInfo bytesReceived */
                bytesReceived?: (number|Long|null);

                /** TcpInfo segsOut */
                segsOut?: (number|null);

                /** TcpInfo segsIn */
                segsIn?: (number|null);

                /** TcpInfo notsentBytes */
                notsentBytes?: (number|null);

                /** TcpInfo minRtt */
                minRtt?: (number|null);

                /** TcpInfo dataSegsOut */
                dataSegsOut?: (number|null);

                /** TcpInfo deliveryRate */
                deliveryRate?: (number|Long|null);

                /** TcpInfo busyTime */
                busyTime?: (number|Long|null);

                /** TcpInfo delivered */
                delivered?: (number|null);

                /** TcpInfo bytesSent */
                bytesSent?: (number|Long|null);

                /** TcpInfo bytesRetrans */
                bytesRetrans?: (number|Long|null);

                /** TcpInfo sndWnd */
                sndWnd?: (number|null);

                /** TcpInfo missedTicks */
                missedTicks?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TcpInfo. */
            type $Shape = cosim.relay.TcpInfo.$Properties;
        }
    }
}
